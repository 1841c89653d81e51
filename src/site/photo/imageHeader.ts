import { crc32 } from 'node:zlib'
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

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const isPng = (b: Uint8Array) => b.length >= 8 && PNG_SIGNATURE.every((x, i) => b[i] === x)

/** One chunk of a PNG: its type and where its bytes lie (from its length field to the end of its CRC). */
interface PngChunk { type: string; start: number; end: number }

/** A PNG's chunks in order; `complete` is false when one runs past the end of the bytes. Null when the bytes are not a PNG. */
function pngChunks(b: Uint8Array): { chunks: PngChunk[]; complete: boolean } | null {
  if (!isPng(b)) return null
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const chunks: PngChunk[] = []
  for (let i = 8; i + 12 <= b.length;) {
    const end = i + 12 + view.getUint32(i)
    if (end > b.length) return { chunks, complete: false }
    chunks.push({ type: String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!), start: i, end })
    i = end
  }
  return { chunks, complete: true }
}

/**
 * Whether a PNG is whole: every chunk complete with a matching CRC, up to IEND (as pngjs and other strict
 * readers demand; libspng stops after the image data and takes a PNG cut short in a later chunk). True for what is not a PNG.
 */
export function pngWhole(b: Uint8Array): boolean {
  const png = pngChunks(b)
  if (!png) return true
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const last = png.chunks.findIndex((c) => c.type === 'IEND')
  return last >= 0 && png.chunks.slice(0, last + 1).every((c) => crc32(b.subarray(c.start + 4, c.end - 4)) === view.getUint32(c.end - 4))
}

const PNG_KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs'])

/**
 * The image without its metadata: a JPEG without its APP1-APP15 segments (EXIF, GPS, XMP, ICC; JFIF's
 * APP0 and comments stay), a PNG without text, time and EXIF chunks. The pixels are untouched; anything else is returned as is.
 */
export function stripMetadata(b: Uint8Array): Uint8Array {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const png = pngChunks(b)
  if (png) return png.complete ? concat([b.subarray(0, 8), ...png.chunks.filter((c) => PNG_KEEP.has(c.type)).map((c) => b.subarray(c.start, c.end))]) : b
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
