import { fileTypeFromBuffer } from 'file-type'
import { FILE_FORMATS, type UploadAttempt } from '../../rules/upload.ts'
import { decodesWhole } from '../photo/imageCodec.ts'

type Format = (typeof FILE_FORMATS)[number]
const BY_EXT: Record<string, Format> = { jpg: 'jpeg', png: 'png', gif: 'gif', bmp: 'bmp', webp: 'webp', pdf: 'pdf' }

/**
 * What the portal knows about an uploaded material image, decided from its bytes: the format by
 * content (a PNG named .jpg is a PNG, a text file named .jpg is text) and whether it decodes.
 */
export async function inspectMaterial(bytes: Uint8Array, fileName: string, declaredType: string): Promise<Omit<UploadAttempt, 'material' | 'imagesBefore' | 'unlocked'>> {
  const format = await formatOf(bytes)
  return { fileName, declaredType, format, decodes: await decodes(bytes, format), bytes: bytes.length }
}

async function formatOf(bytes: Uint8Array): Promise<Format> {
  if (bytes.length === 0) return 'empty'
  const ext = (await fileTypeFromBuffer(bytes))?.ext
  if (ext && BY_EXT[ext]) return BY_EXT[ext]!
  return isText(bytes) ? 'text' : 'unknown'
}

// Text: valid UTF-8 without control bytes other than whitespace.
function isText(bytes: Uint8Array): boolean {
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4096))
    return !/[\u0000-\u0008\u000e-\u001f]/.test(s)
  } catch {
    return false
  }
}

/** The whole image decodes (off the event loop): a truncated or corrupt JPEG/PNG does not. */
async function decodes(bytes: Uint8Array, format: Format): Promise<boolean> {
  if (format !== 'jpeg' && format !== 'png') return false
  return decodesWhole(bytes)
}
