import { Refusal } from '../validation/fieldError.ts'

/** The most pixels an uploaded image may have (12 megapixels: a phone's photo of a document); bigger is refused before any decoding. */
export const PIXEL_BUDGET = 12_000_000

/** Width and height as a PNG's IHDR or a JPEG's SOF marker states them, without decoding; null when neither is found. */
export function imageDimensions(b: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return { width: view.getUint32(16), height: view.getUint32(20) }
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null
  for (let i = 2; i + 9 < b.length;) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]!
    if (marker === 0xff) { i += 1; continue }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue }
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame's size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) }
    if (marker === 0xda || marker === 0xd9) return null
    i += 2 + view.getUint16(i + 2)
  }
  return null
}

/** Refuses (422) an image whose header states more pixels than the budget: a decompression bomb is never decoded. */
export function refusePixelFlood(bytes: Uint8Array, path: string): void {
  const d = imageDimensions(bytes)
  if (d && d.width * d.height > PIXEL_BUDGET) {
    throw Refusal.of('image-too-many-pixels', `图片尺寸过大（${d.width}×${d.height} 像素，上限 ${PIXEL_BUDGET / 1_000_000} 百万像素），请缩小后重新上传。`, 422, path)
  }
}

const PNG_KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs'])

/**
 * The image without its metadata: a JPEG without its APP1-APP15 segments (EXIF, GPS, XMP, ICC; JFIF's
 * APP0 and comments stay), a PNG without text, time and EXIF chunks. The pixels are untouched; anything else is returned as is.
 */
export function stripMetadata(b: Uint8Array): Uint8Array {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50) {
    const parts: Uint8Array[] = [b.subarray(0, 8)]
    for (let i = 8; i + 12 <= b.length;) {
      const len = view.getUint32(i)
      const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!)
      const end = i + 12 + len
      if (end > b.length) return b
      if (PNG_KEEP.has(type)) parts.push(b.subarray(i, end))
      i = end
    }
    return concat(parts)
  }
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return b
  const parts: Uint8Array[] = [b.subarray(0, 2)]
  for (let i = 2; i + 4 <= b.length;) {
    if (b[i] !== 0xff) return b
    const marker = b[i + 1]!
    if (marker === 0xda) { parts.push(b.subarray(i)); return concat(parts) }
    const end = i + 2 + view.getUint16(i + 2)
    if (end > b.length) return b
    if (!(marker >= 0xe1 && marker <= 0xef)) parts.push(b.subarray(i, end))
    i = end
  }
  return b
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let off = 0
  for (const p of parts) { out.set(p, off); off += p.length }
  return out
}
