import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { crc32 } from 'node:zlib'
import type { Raster } from './raster.ts'

// Exact byte sizes by padding inside the container, so the file still decodes: JPEG COM segments
// (FF FE + 2-byte length, ≤ 65533 bytes of payload each) after SOI and APP0; a PNG private ancillary
// chunk 'bmPd' (decoders skip unknown ancillary chunks) before IEND. A gap smaller than the
// smallest padding is closed by encoding again with other settings.

const JPEG_QUALITIES = [92, 85, 75, 65, 55, 45, 35, 25, 15, 8, 3, 1]
const COM_MAX = 65533

function jpegPadding(gap: number): Buffer {
  const parts: Buffer[] = []
  let left = gap
  while (left > 0) {
    // Never leave a remainder of 1-3 bytes, which no segment can hold.
    let payload = Math.min(COM_MAX, left - 4)
    if (left - (payload + 4) > 0 && left - (payload + 4) < 4) payload -= 4
    const seg = Buffer.alloc(payload + 4, 0x20)
    seg[0] = 0xff; seg[1] = 0xfe; seg.writeUInt16BE(payload + 2, 2)
    parts.push(seg)
    left -= payload + 4
  }
  return Buffer.concat(parts)
}

/** Encodes a raster as a JPEG of exactly `bytes` bytes (`natural`: unpadded, at the best quality); throws RangeError when it cannot be that small. */
export function jpegOfSize(r: Raster, bytes: number, natural = false): Buffer {
  if (natural) return jpeg.encode({ width: r.width, height: r.height, data: r.data }, JPEG_QUALITIES[0]).data
  let smallest = Infinity
  for (const quality of JPEG_QUALITIES) {
    const data = jpeg.encode({ width: r.width, height: r.height, data: r.data }, quality).data
    smallest = Math.min(smallest, data.length)
    const gap = bytes - data.length
    if (gap === 0) return data
    if (gap >= 4) {
      // After SOI and the JFIF APP0 segment, which must come first.
      const at = data[2] === 0xff && data[3] === 0xe0 ? 4 + data.readUInt16BE(4) : 2
      return Buffer.concat([data.subarray(0, at), jpegPadding(gap), data.subarray(at)])
    }
  }
  throw new RangeError(`a ${r.width}×${r.height} JPEG needs at least ${smallest + 4} bytes; asked for ${bytes}`)
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

const PNG_SETTINGS = [9, 6, 3, 1, 0].flatMap((deflateLevel) => [-1, 0, 1, 2, 4].map((filterType) => ({ deflateLevel, filterType })))

/** Encodes a raster as a PNG of exactly `bytes` bytes; throws RangeError when it cannot be that small. */
export function pngOfSize(r: Raster, bytes: number): Buffer {
  let smallest = Infinity
  for (const { deflateLevel, filterType } of PNG_SETTINGS) {
    const png = new PNG({ width: r.width, height: r.height })
    r.data.copy(png.data)
    const data = PNG.sync.write(png, { deflateLevel, filterType, colorType: 2 })
    smallest = Math.min(smallest, data.length)
    const gap = bytes - data.length
    if (gap === 0) return data
    if (gap >= 12) {
      const iend = data.length - 12
      return Buffer.concat([data.subarray(0, iend), chunk('bmPd', Buffer.alloc(gap - 12, 0x20)), data.subarray(iend)])
    }
  }
  throw new RangeError(`a ${r.width}×${r.height} PNG needs at least ${smallest + 12} bytes; asked for ${bytes}`)
}
