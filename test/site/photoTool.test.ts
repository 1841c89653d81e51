import { afterEach, describe, expect, test } from 'vitest'
import jpeg from 'jpeg-js'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { hasToolMark } from '../../src/generator/images/toolMark.ts'

// The simulated 医考报名照片检测工具: a photo that meets the profile's rules comes back marked; one that
// does not is refused with the rules' own messages; the upload forms say where the tool is only where required.

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

/** Opens the tool's page (an anonymous session) and sends one file through its form. */
async function check(bytes: Uint8Array, name: string) {
  const page = await fetch(`${s!.url}/photo-tool`)
  const cookie = page.headers.get('set-cookie')!.split(';')[0]!
  const form = new FormData()
  form.set('_csrf', /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!)
  form.set('photo', new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' }))
  return fetch(`${s!.url}/photo-tool`, { method: 'POST', body: form, headers: { cookie } })
}

const photo = (w: number, h: number, quality: number) => new Uint8Array(jpeg.encode({ width: w, height: h, data: Buffer.alloc(w * h * 4, 255) }, quality).data)

describe('照片检测工具', () => {
  test('hubei-2026: a photo within the rules comes back marked; a PNG and an oversized photo are refused in Chinese', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const ok = await check(photo(390, 567, 50), '证件照.jpg')
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-disposition')).toContain(encodeURIComponent('证件照-检测通过.jpg'))
    expect(hasToolMark(new Uint8Array(await ok.arrayBuffer()))).toBe(true)
    const png = await check(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'a.png')
    expect([png.status, await png.text()]).toEqual([422, expect.stringContaining('照片检测工具只处理jpg格式的照片')])
    const noisy = Buffer.alloc(390 * 567 * 4)
    for (let i = 0; i < noisy.length; i++) noisy[i] = (i * 2654435761) >>> 24
    const big = await check(new Uint8Array(jpeg.encode({ width: 390, height: 567, data: noisy }, 95).data), 'big.jpg')
    expect(big.status).toBe(422)
    expect(await big.text()).toMatch(/30\s*[kK]/)
  })

  test('the upload forms link the tool where the profile requires it (hubei-2026), not elsewhere (hubei-2022)', async () => {
    for (const [profile, shown] of [['hubei-2026', true], ['hubei-2022', false]] as const) {
      s = await startTestSite({ profile })
      const api = s.client()
      const c = s.candidate(1701)
      await api.register(c)
      await api.login(c.username, c.password)
      const info = await (await fetch(`${s.url}/info`, { headers: { authorization: `Bearer ${api.token}` } })).text()
      expect(info.includes('href="/photo-tool">医考报名照片检测工具</a>'), profile).toBe(shown)
      await s.stop(); s = undefined
    }
  })
})
