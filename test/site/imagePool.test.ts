import { afterEach, describe, expect, test } from 'vitest'
import { pixelFlood } from '../../fixtures/pixelFlood.ts'
import { decodeImage } from '../../src/site/photo/imagePool.ts'
import { PIXEL_BUDGET } from '../../src/site/photo/imageHeader.ts'
import { materialFile } from '../../src/generator/index.ts'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { portalCandidate } from './partTwo.ts'

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

// Just under the pixel budget: a few KB on the wire, ~46 MB of pixels once decoded.
const LARGE = pixelFlood(3400, 3400)

describe('image decoding runs in worker threads, off the event loop', () => {
  test('while a large-but-allowed image decodes, the site answers another request; then the decode gives its size', async () => {
    expect(3400 * 3400).toBeLessThan(PIXEL_BUDGET)
    s = await startTestSite()
    let decoded = false
    const decoding = decodeImage(LARGE, 'png', { maxMemoryUsageInMB: 128, maxResolutionInMP: 12 }).then((d) => { decoded = true; return d })
    const other = await fetch(`${s.url}/api/captcha`)
    expect(other.status).toBe(200)
    expect(decoded).toBe(false)
    const d = await decoding
    expect([d?.width, d?.height]).toEqual([3400, 3400])
    expect([...d!.top.subarray(0, 4)]).toEqual([0, 0, 0, 255])
  })

  test('decoding gives what the decoders give: a JPEG\'s size and top row, null for a truncated one, the caller\'s buffer untouched', async () => {
    const jpeg = materialFile({ material: 'diploma', bytes: 20 * 1024, width: 160, height: 120 }).data
    const d = await decodeImage(jpeg, 'jpeg', { maxMemoryUsageInMB: 64, maxResolutionInMP: 12 })
    expect([d?.width, d?.height, d?.top.length]).toEqual([160, 120, 160 * 4])
    expect(await decodeImage(jpeg.subarray(0, 2000), 'jpeg', { maxMemoryUsageInMB: 64, maxResolutionInMP: 12, tolerantDecoding: false })).toBeNull()
    expect(jpeg.length).toBe(20 * 1024) // not detached by the move to the worker
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
})
