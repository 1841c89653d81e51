import { afterEach, describe, expect, test } from 'vitest'
import { pixelFlood } from '../../fixtures/pixelFlood.ts'
import sharp from 'sharp'
import { decodesWhole, decodeTopRow, encodeJpeg, encodeJpegWithin } from '../../src/site/photo/imageCodec.ts'
import { PIXEL_BUDGET } from '../../src/site/photo/imageHeader.ts'
import { materialFile } from '../../src/generator/index.ts'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { portalCandidate } from './partTwo.ts'

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

// Just under the pixel budget: a few KB on the wire, ~46 MB of pixels once decoded.
const LARGE = pixelFlood(3400, 3400)

describe('image decoding runs off the event loop (libvips in libuv\'s thread pool)', () => {
  test('while a large-but-allowed image decodes, the site answers another request; then the decode gives its size', async () => {
    expect(3400 * 3400).toBeLessThan(PIXEL_BUDGET)
    s = await startTestSite()
    let decoded = false
    const decoding = decodeTopRow(LARGE).then((d) => { decoded = true; return d })
    const other = await fetch(`${s.url}/api/captcha`)
    expect(other.status).toBe(200)
    expect(decoded).toBe(false)
    const d = await decoding
    expect([d?.width, d?.height]).toEqual([3400, 3400])
    expect([...d!.top.subarray(0, 4)]).toEqual([0, 0, 0, 255])
  })

  test('a JPEG gives its size and top row; a truncated one does not decode whole, yet shows as a browser shows it; the caller\'s buffer is untouched', async () => {
    const jpeg = materialFile({ material: 'diploma', bytes: 20 * 1024, width: 160, height: 120 }).data
    const d = await decodeTopRow(jpeg)
    expect([d?.width, d?.height, d?.top.length]).toEqual([160, 120, 160 * 4])
    expect(await decodesWhole(jpeg)).toBe(true)
    expect(await decodesWhole(jpeg.subarray(0, 2000))).toBe(false)
    // Cut inside the entropy-coded data (the COM padding comes first): a browser shows the top, grey below.
    const scan = await encodeJpeg({ width: 1600, height: 1200, data: new Uint8Array(1600 * 1200 * 4).map((_, i) => (i * 7) % 251) }, 90)
    expect(await decodesWhole(scan)).toBe(true)
    for (const cut of [scan.length >> 1, scan.length - 200]) {
      const truncated = scan.subarray(0, cut)
      expect(await decodesWhole(truncated)).toBe(false)
      expect((await decodeTopRow(truncated))?.width).toBe(1600)
    }
    expect(jpeg.length).toBe(20 * 1024)
  })

  test('a PNG cut short or with a damaged chunk does not decode whole', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a6' } }).png().toBuffer()
    expect(await decodesWhole(png)).toBe(true)
    expect(await decodesWhole(png.subarray(0, png.length - 40))).toBe(false)
    // Cut inside a chunk after the image data (here the generator's padding): the pixels are all there, the file is not.
    const padded = materialFile({ material: 'diploma', bytes: 20 * 1024 + 2048, format: 'png', width: 120, height: 90 }).data
    expect(await decodesWhole(padded)).toBe(true)
    expect(await decodesWhole(padded.subarray(0, 20 * 1024))).toBe(false)
    expect(await decodesWhole(padded.subarray(0, padded.length - 12))).toBe(false) // IEND missing
    const badCrc = Buffer.from(padded)
    badCrc.writeUInt8(badCrc.readUInt8(20) ^ 0x01, 20) // a bit of IHDR's height: its CRC no longer matches
    expect(await decodesWhole(badCrc)).toBe(false)
    const damaged = Buffer.from(png)
    damaged.writeUInt8(damaged.readUInt8(damaged.length - 30) ^ 0xff, damaged.length - 30) // inside IDAT: its CRC no longer matches
    expect(await decodesWhole(damaged)).toBe(false)
  })

  test('a grey or 16-bit PNG gives its top row as 8-bit RGBA, as a colour one does', async () => {
    const solid = (channels: 3 | 4) => sharp({ create: { width: 6, height: 2, channels, background: { r: 30, g: 90, b: 210, alpha: 1 } } })
    const grey = await solid(3).toColourspace('b-w').png().toBuffer()
    const deep = await solid(3).toColourspace('rgb16').png().toBuffer()
    expect((await sharp(grey).metadata()).channels).toBe(1)
    expect((await sharp(deep).metadata()).depth).toBe('ushort')
    const [g, d] = [await decodeTopRow(grey), await decodeTopRow(deep)]
    expect([...g!.top.subarray(0, 4)]).toEqual([g!.top[0], g!.top[0], g!.top[0], 255])
    expect([...d!.top.subarray(0, 4)]).toEqual([30, 90, 210, 255])
  })

  test('nothing but JPEG and PNG is decoded: an SVG, a GIF and a TIFF are null however they are named', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>')
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).gif().toBuffer()
    const tiff = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).tiff().toBuffer()
    for (const bytes of [svg, gif, tiff]) {
      expect(await decodeTopRow(bytes)).toBeNull()
      expect(await decodesWhole(bytes)).toBe(false)
    }
  })

  test('an RGBA raster encodes as a JPEG that decodes to the same size', async () => {
    const white = { width: 40, height: 30, data: new Uint8Array(40 * 30 * 4).fill(255) }
    const out = await encodeJpeg(white, 80)
    expect([...out.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    const d = await decodeTopRow(out)
    expect([d?.width, d?.height, d?.top[0]]).toEqual([40, 30, 255])
  })

  test('a large-but-allowed image uploads over HTTP while the candidate\'s other requests are answered; it is stored', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { api, appId } = await portalCandidate(s, 1611)
    const before = s.site.portal.count(appId, 'diploma')
    const upload = api.call('POST', '/api/portal/materials/diploma', { fileName: 'scan.png', base64: LARGE.toString('base64'), declaredType: 'image/png' })
    const [portal, up] = await Promise.all([api.call('GET', '/api/portal'), upload])
    expect(portal.status).toBe(200)
    expect(up.status).toBe(201)
    expect(s.site.portal.count(appId, 'diploma')).toBe(before + 1)
  })
  test('a raster is encoded at the best usual quality within a size, or not at all', async () => {
    const noise = { width: 200, height: 150, data: new Uint8Array(200 * 150 * 4).map((_, i) => (i * 37 + (i >> 7) * 11) % 256) }
    const best = await encodeJpeg(noise, 85)
    expect(await encodeJpegWithin(noise, best.length)).toEqual(best)
    const smaller = await encodeJpegWithin(noise, best.length - 1)
    expect(smaller!.length).toBeLessThan(best.length)
    expect(await encodeJpegWithin(noise, 100)).toBeNull()
  })
})
