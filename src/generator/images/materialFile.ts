import type { FILE_FORMATS } from '../../rules/upload.ts'
import { pinyinOf } from '../derive/person.ts'
import { drawDocument, drawIdPhoto } from './draw.ts'
import { jpegOfSize, pngOfSize } from './exactSize.ts'
import type { Raster } from './raster.ts'
import { markPhoto, PHOTO_TOOL_MARK_BYTES } from './toolMark.ts'

// Files for the upload specs: real, decodable images of an exact size, and the hostile files a
// portal must refuse (a PNG or a text file named .jpg, a truncated JPEG, an empty file).

export const HOSTILE_KINDS = ['png-as-jpg', 'text-as-jpg', 'truncated-jpeg', 'empty', 'oversized'] as const
export type Hostile = (typeof HOSTILE_KINDS)[number]

export interface MaterialFileOptions {
  /** Material ID (src/rules/materials.ts) or 'photo' for the ID photo. */
  material: string
  /** Exact size of the file in bytes. */
  bytes: number
  format?: 'jpeg' | 'png'
  /** Candidate name drawn on the page: Chinese is transliterated (no CJK font is bundled). */
  name?: string
  /** Default: 33×48 mm at 300 dpi (390×567) for photos, 800×1131 (A4 proportions) for documents. */
  width?: number
  height?: number
  hostile?: Hostile
  /** Varies the drawing a little. */
  variant?: number
  /** ID photo saved by the photo-check tool: carries its mark, still exactly `bytes` long (JPEG only). */
  checkedByTool?: boolean
}

export interface MaterialFile {
  fileName: string
  /** MIME type a browser declares from the file name. */
  declaredType: string
  /** Format of the content, as decided from the bytes. */
  format: (typeof FILE_FORMATS)[number]
  /** The content decodes as an image of that format. */
  decodes: boolean
  data: Buffer
  width: number
  height: number
}

function picture(o: MaterialFileOptions): Raster {
  const photo = o.material === 'photo'
  const width = o.width ?? (photo ? 390 : 800)
  const height = o.height ?? (photo ? 567 : 1131)
  if (photo) return drawIdPhoto(width, height, o.variant)
  const name = o.name ? pinyinOf(o.name).toUpperCase() : ''
  return drawDocument(width, height, o.material.replaceAll('-', ' ').toUpperCase(), name, o.variant)
}

/** A material file of exactly `bytes` bytes: a real JPEG/PNG, or the hostile file asked for. */
export function materialFile(o: MaterialFileOptions): MaterialFile {
  if (!Number.isInteger(o.bytes) || o.bytes < 0) throw new RangeError(`bytes must be a whole number ≥ 0, got ${o.bytes}`)
  const stem = o.material
  const jpg = { fileName: `${stem}.jpg`, declaredType: 'image/jpeg' }
  const size = (r: Raster) => ({ width: r.width, height: r.height })
  switch (o.hostile) {
    case 'empty':
      if (o.bytes !== 0) throw new RangeError('an empty file has 0 bytes')
      return { ...jpg, format: 'empty', decodes: false, data: Buffer.alloc(0), width: 0, height: 0 }
    case 'text-as-jpg': {
      const data = Buffer.from('This is a text file, not an image.\n'.repeat(Math.ceil(o.bytes / 35) + 1)).subarray(0, o.bytes)
      return { ...jpg, format: 'text', decodes: false, data, width: 0, height: 0 }
    }
    case 'png-as-jpg': {
      const r = picture(o)
      return { ...jpg, format: 'png', decodes: true, data: pngOfSize(r, o.bytes), ...size(r) }
    }
    case 'truncated-jpeg': {
      // A JPEG cut inside its scan data (padding goes before it): the headers parse, the image does not.
      const r = picture(o)
      const natural = jpegOfSize(r, 0, true)
      if (o.bytes < 700) throw new RangeError('a truncated JPEG keeps its ~620 header bytes: ask for at least 700')
      const whole = o.bytes < natural.length - 2 ? natural : jpegOfSize(r, o.bytes + 1024)
      return { ...jpg, format: 'jpeg', decodes: false, data: Buffer.from(whole.subarray(0, o.bytes)), ...size(r) }
    }
    default: {
      const r = picture(o)
      if ((o.format ?? 'jpeg') === 'png') return { fileName: `${stem}.png`, declaredType: 'image/png', format: 'png', decodes: true, data: pngOfSize(r, o.bytes), ...size(r) }
      const data = o.checkedByTool ? Buffer.from(markPhoto(jpegOfSize(r, o.bytes - PHOTO_TOOL_MARK_BYTES))) : jpegOfSize(r, o.bytes)
      return { ...jpg, format: 'jpeg', decodes: true, data, ...size(r) }
    }
  }
}
