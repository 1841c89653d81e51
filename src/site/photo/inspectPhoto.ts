import { fileTypeFromBuffer } from 'file-type'
import type { Photo } from '../../rules/candidate.ts'
import { PHOTO_FORMATS } from '../../rules/vocabulary.ts'
import { hasToolMark } from '../../generator/images/toolMark.ts'
import { decodeTopRow, type DecodedImage } from './imageCodec.ts'

/**
 * What the site knows about an uploaded ID photo, decided from its bytes (format by content, not by
 * name), in the Candidate's Photo shape so the catalogue's photo rules can judge it.
 */
export async function inspectPhoto(bytes: Uint8Array, fileName: string, takenOn: string): Promise<Photo> {
  const detected = (await fileTypeFromBuffer(bytes))?.ext
  const format = detected === 'jpg' ? 'jpeg' : (PHOTO_FORMATS as readonly string[]).includes(detected ?? '') ? detected as Photo['format'] : 'unknown'
  const image = format === 'jpeg' || format === 'png' ? await decodeTopRow(bytes) : null
  return {
    format, bytes: bytes.length,
    width: image?.width ?? 0, height: image?.height ?? 0,
    background: image ? background(image) : '其他',
    checkedByTool: format === 'jpeg' && hasToolMark(bytes),
    fileName, takenOn,
  }
}

// The background is judged from the top corners and the top edge, where an ID photo shows no person.
function background(img: DecodedImage): Photo['background'] {
  const samples: [number, number, number][] = []
  const step = Math.max(1, Math.floor(img.width / 16))
  for (let x = 0; x < img.width; x += step) {
    const i = x * 4
    samples.push([img.top[i]!, img.top[i + 1]!, img.top[i + 2]!])
  }
  const [r, g, b] = [0, 1, 2].map((k) => samples.reduce((s, p) => s + p[k]!, 0) / samples.length) as [number, number, number]
  if (r > 220 && g > 220 && b > 220) return '白色'
  if (b > r + 40 && b > g + 20) return '蓝色'
  if (r > g + 60 && r > b + 60) return '红色'
  return '其他'
}
