import { fileTypeFromBuffer } from 'file-type'
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { FILE_FORMATS, type UploadAttempt } from '../../rules/upload.ts'

type Format = (typeof FILE_FORMATS)[number]
const BY_EXT: Record<string, Format> = { jpg: 'jpeg', png: 'png', gif: 'gif', bmp: 'bmp', webp: 'webp', pdf: 'pdf' }

/**
 * What the portal knows about an uploaded material image, decided from its bytes: the format by
 * content (a PNG named .jpg is a PNG, a text file named .jpg is text) and whether it decodes.
 */
export async function inspectMaterial(bytes: Uint8Array, fileName: string, declaredType: string): Promise<Omit<UploadAttempt, 'material' | 'imagesBefore' | 'unlocked'>> {
  const format = await formatOf(bytes)
  return { fileName, declaredType, format, decodes: decodes(bytes, format), bytes: bytes.length }
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

/** The whole image decodes: a truncated or corrupt JPEG/PNG does not. */
function decodes(bytes: Uint8Array, format: Format): boolean {
  try {
    if (format === 'jpeg') return Boolean(jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 128, maxResolutionInMP: 12, tolerantDecoding: false }))
    if (format === 'png') return Boolean(PNG.sync.read(Buffer.from(bytes)))
  } catch {
    return false
  }
  return false
}
