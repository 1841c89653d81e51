import sharp from 'sharp'
import { PIXEL_BUDGET, pngWhole } from './imageHeader.ts'

/** What decoding an uploaded image tells: its size and its top row of pixels (RGBA), the part the site reads. */
export interface DecodedImage { width: number; height: number; top: Uint8Array }

// libvips (through sharp) decodes with libjpeg-turbo and libspng in libuv's thread pool, never on the event
// loop: a 480×624 scan in about 3.5 ms where jpeg-js took 25 ms. Uploads reach this only after file-type
// named them JPEG or PNG and their header passed the pixel budget (imageHeader.ts); libvips may still load
// nothing else from a buffer (its other loaders — SVG, TIFF, HEIF, PDF… — are blocked in this process),
// keeps no cache of images, and refuses more than the pixel budget whatever the header said.
sharp.block({ operation: ['VipsForeignLoad'] })
sharp.unblock({ operation: ['VipsForeignLoadJpegBuffer', 'VipsForeignLoadPngBuffer'] })
sharp.cache(false)

/**
 * The size and top row of an ID photo, off the event loop; null when it does not decode. Tolerant as a
 * browser is: a JPEG whose data is damaged still shows, grey where the data is missing.
 */
export async function decodeTopRow(bytes: Uint8Array): Promise<DecodedImage | null> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: PIXEL_BUDGET, failOn: 'none' })
      .ensureAlpha().raw().toBuffer({ resolveWithObject: true })
    return { width: info.width, height: info.height, top: new Uint8Array(data.subarray(0, info.width * 4)) }
  } catch {
    return null
  }
}

/**
 * Whether the whole of a JPEG or PNG decodes (MATERIAL-IMAGE-DECODES), off the event loop: a truncated
 * or corrupt one does not. Every byte of entropy-coded data is read, but a JPEG is reconstructed at 1/8
 * scale (libjpeg's DCT scaling), which is all a yes or no needs.
 */
export async function decodesWhole(bytes: Uint8Array): Promise<boolean> {
  if (!pngWhole(bytes)) return false
  try {
    await sharp(bytes, { limitInputPixels: PIXEL_BUDGET, failOn: 'error' }).resize(64, 64, { fit: 'inside' }).raw().toBuffer()
    return true
  } catch {
    return false
  }
}

/** Encodes an RGBA raster as a JPEG at `quality` (1-100), off the event loop. */
export function encodeJpeg(r: { width: number; height: number; data: Uint8Array }, quality: number): Promise<Buffer> {
  return sharp(r.data, { raw: { width: r.width, height: r.height, channels: 4 } }).jpeg({ quality }).toBuffer()
}

// The qualities a handout tries, best first: a scanner's or a phone's usual settings down to a low one.
const QUALITIES = [85, 75, 65, 50, 35]

/** The JPEG of a raster at the best of the usual qualities that keeps it within maxBytes; null when none does. */
export async function encodeJpegWithin(r: { width: number; height: number; data: Uint8Array }, maxBytes: number): Promise<Buffer | null> {
  for (const quality of QUALITIES) {
    const data = await encodeJpeg(r, quality)
    if (data.length <= maxBytes) return data
  }
  return null
}
