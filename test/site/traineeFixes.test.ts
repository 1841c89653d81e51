import { afterEach, describe, expect, test } from 'vitest'
import { startTestSite, PHOTO, type TestSite } from './startTestSite.ts'
import { portalCandidate, staff, uploadRequired } from './partTwo.ts'

// What trainees saw wrong on the pages (issue 16, part 5): each fix asserted on the HTML a user reads.

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

async function page(token: string, path: string) {
  const res = await fetch(s!.url + path, { headers: { authorization: `Bearer ${token}` } })
  return { status: res.status, html: await res.text() }
}

/** Posts a form the way its page does (the page's hidden fields: CSRF token, captcha id), following the redirect. */
async function submit(token: string, from: string, action: string, fields: Record<string, string | string[]>) {
  const hidden = [...(await page(token, from)).html.matchAll(/type="hidden" name="(_csrf|captchaId)" value="([^"]+)"/g)]
  const body = new URLSearchParams(Object.fromEntries(hidden.map((m) => [m[1]!, m[2]!])))
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x)
  const res = await fetch(s!.url + action, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' }, body })
  return { status: res.status, html: await res.text() }
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
const options = (html: string, id: string) => [...new RegExp(`<select id="${id}"[^>]*>([\\s\\S]*?)</select>`).exec(html)![1]!.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter(Boolean)

describe('what trainees saw wrong', () => {
  test('the 通知单 prints 报名时间 in Beijing time, not UTC', async () => {
    s = await startTestSite({ profile: 'hubei-2026', now: '2026-01-15T09:30:00+08:00' })
    const c = s.candidate(1601)
    const api = s.client()
    const { applicationId } = await api.seed(c, 'submitted', PHOTO)
    const notice = text((await page(api.token, `/apply/${applicationId}/notice`)).html)
    expect(notice).toContain('报名时间 2026-01-15 09:30:00')
    expect(text((await page(api.token, '/apply')).html)).toContain('报名时间：2026-01-15')
  })

  test('在岗情况 offers only the profile\'s own graduate option (hubei-2026: 当年毕业研究生; hunan-2025: 研究生(在读))', async () => {
    for (const [profile, shown, hidden] of [['hubei-2026', '当年毕业研究生', '研究生(在读)'], ['hunan-2025', '研究生(在读)', '当年毕业研究生']] as const) {
      s = await startTestSite({ profile })
      const api = s.client()
      const { applicationId } = await api.seed(s.candidate(1602), 'draft', PHOTO)
      for (const path of ['/info', `/apply/${applicationId}/work`]) {
        const opts = options((await page(api.token, path)).html, 'f-work-status')
        expect(opts, `${profile} ${path}`).toContain(shown)
        expect(opts, `${profile} ${path}`).not.toContain(hidden)
      }
      await s.stop(); s = undefined
    }
  })

  test('portal authorisation says 授权成功, the upload hint names the 200k cap, the queue names the exam', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const c = s.candidate(1603)
    const api = s.client()
    await api.seed(c, 'submitted', PHOTO)
    const entered = text((await submit(api.token, '/portal', '/portal/enter', { username: c.username, password: c.password, captcha: '8888', idNumber: c.idNumber })).html)
    expect(entered).toContain('授权成功，已进入报名材料上传系统。')
    expect(entered).not.toContain('保存成功')
    expect(entered).toContain('单个照片文件大小不超过200k')
    const rev = await staff(s, 'site-reviewer', c)
    const queue = text((await page(rev.token, '/review')).html)
    expect(queue).toMatch(new RegExp(`${c.name} ${c.idNumber} \\S+（${c.application.examCode}）`))
  })

  test('final approval asks for confirmation; 最终审核结果不予修改 shows only on final states; the log names materials by title', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { c, api, appId } = await portalCandidate(s, 1604)
    const rev = await staff(s, 'site-reviewer', c)
    const uploading = text((await page(rev.token, `/review/${appId}`)).html)
    expect(uploading).toContain('考生尚未提交审核')
    expect(uploading).not.toContain('最终审核结果不予修改')
    await uploadRequired(s, api, c)
    await api.ok('POST', '/api/portal/submit', {})
    const returned = await submit(rev.token, `/review/${appId}`, `/review/${appId}/return`, { message: '毕业证书不清晰，请重新上传', materials: 'diploma' })
    expect(text(returned.html)).toContain('解锁：毕业证书')
    expect(text(returned.html)).not.toContain('最终审核结果不予修改')
    await api.ok('POST', '/api/portal/submit', {})
    const unconfirmed = await submit(rev.token, `/review/${appId}`, `/review/${appId}/approve`, {})
    expect(unconfirmed.status).toBe(422)
    expect(text(unconfirmed.html)).toContain('请勾选“确认审核通过”后再提交')
    expect(text(unconfirmed.html)).toContain('审核状态： 审核中')
    const confirmed = text((await submit(rev.token, `/review/${appId}`, `/review/${appId}/approve`, { confirmFinal: 'true' })).html)
    expect(confirmed).toContain('审核状态： 审核通过')
    expect(confirmed).toContain('最终审核结果不予修改')
  })
})
