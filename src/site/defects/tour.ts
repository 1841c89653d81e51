import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMocks } from '../../../mocks/startMocks.ts'
import { materialFile } from '../../generator/index.ts'
import { PROFILES, type ProfileId } from '../../rules/profiles.ts'
import { TEST_CAPTCHA } from '../auth/captchas.ts'
import { SESSION_COOKIE } from '../auth/sessions.ts'
import { createClock } from '../clock.ts'
import type { createSite as CreateSite } from '../createSite.ts'
import { seedDemo, DEMO_PASSWORD } from '../demo/seedDemo.ts'
import { seedLifecycleDemo } from '../demo/seedLifecycleDemo.ts'

// The rule tour: a direct check over HTTP of what a site does with the part-2 rules, independent of
// the conformance specs. It seeds the demo population straight into the stores (every stage of the
// file, staff at one 考点), then sends a fixed sequence of requests (each actor on each operation, in
// each stage; tokens missing, blank, unknown; a return, a resubmission and a second return across
// 9:xx and 10:xx; a payment deadline over paid and unpaid files) and records what each probe saw.
// A fresh defect breaks a catalogue rule when a probe of that rule sees something else on the
// patched site than on the shipped one (src/cli/commands/defects.ts --fresh).

/** What one probe saw: its rules and an observation (status class and rule IDs named, or a list). */
export interface ProbeResult { rules: readonly string[]; seen: string }

/** The tour's results by probe key, or why the site could not be toured (it did not start, a probe threw). */
export type TourResult = { probes: Record<string, ProbeResult> } | { crashed: string }

type Answer = { status: number; json: any }

/**
 * Runs the tour on the site made by `createSite` (the shipped one or a patched copy) under a profile
 * with a portal. `seeded`: a data folder the demo population was already written to (by the shipped
 * site's stores): copied instead of seeding again; `keepSeeded`: where to leave a copy of this run's.
 */
export async function tour(createSite: typeof CreateSite, profile: ProfileId = 'hubei-2026', o: { seeded?: string; keepSeeded?: string } = {}): Promise<TourResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bm-tour-'))
  if (o.seeded) cpSync(o.seeded, dataDir, { recursive: true })
  const year = PROFILES[profile].examYear
  const clock = createClock(`${year}-01-15T10:00:00+08:00`)
  const mocks = startMocks({ now: () => clock.now() })
  let site: Awaited<ReturnType<typeof CreateSite>> | undefined
  const probes: Record<string, ProbeResult> = {}
  try {
    site = await createSite({ profile, dataDir, now: clock, services: mocks.urls, captcha: 'test', fastHash: true })
    const s = site
    if (!o.seeded) {
      seedDemo(s.site)
      seedLifecycleDemo(s.site)
      if (o.keepSeeded) {
        s.site.db.pragma('wal_checkpoint(TRUNCATE)')
        cpSync(dataDir, o.keepSeeded, { recursive: true })
      }
    }
    const send = async (token: string | null, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<Answer> => {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(token !== null ? { authorization: `Bearer ${token}` } : {}) }
      const r = await s.handle(new Request(s.url + path, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) }))
      const text = await r.text()
      let json: any = null
      try { json = JSON.parse(text) } catch { json = null }
      return { status: r.status, json }
    }
    const seen = (a: Answer) => `${a.status >= 500 ? 'error' : a.status >= 400 ? 'refused' : 'ok'}${a.status >= 400 && Array.isArray(a.json?.error) ? ` ${[...new Set(a.json.error.map((e: { rule: string | null }) => e.rule ?? '-'))].sort().join(',')}` : ''}`
    const probe = async (key: string, rules: readonly string[], run: () => Promise<Answer | string>) => {
      // A probe whose request or reading fails (a broken site answers what the tour did not expect) records why: that is what it saw.
      const r = await run().catch((err: unknown) => `threw: ${(err as Error).message.split('\n')[0]}`)
      probes[key] = { rules, seen: typeof r === 'string' ? r : seen(r) }
    }
    const login = async (username: string, password: string) => {
      const cap = await send(null, 'GET', '/api/captcha')
      const r = await send(null, 'POST', '/api/login', { username, password, captchaId: cap.json.id, captcha: TEST_CAPTCHA })
      return (r.json?.token as string) ?? ''
    }
    const enter = async (token: string, username: string, o: { captchaId?: string; captcha?: string; idNumber?: string; password?: string } = {}) => {
      const cap = await send(null, 'GET', '/api/captcha')
      return send(token, 'POST', '/api/portal/enter', { username, password: o.password ?? DEMO_PASSWORD, captchaId: o.captchaId ?? cap.json.id, captcha: o.captcha ?? TEST_CAPTCHA, idNumber: o.idNumber ?? s.site.users.byUsername(username)!.idNumber })
    }
    const setClock = async (iso: string) => { clock.set(iso) }
    const image = (n: number) => ({ fileName: `t${n}.jpg`, base64: Buffer.from(materialFile({ material: 'tour', bytes: 6 * 1024, width: 120, height: 90, variant: n, format: 'jpeg' }).data).toString('base64'), declaredType: 'image/jpeg' })
    const pagePost = async (token: string, form: string, path: string) => {
      const html = await (await s.handle(new Request(s.url + form, { headers: { cookie: `${SESSION_COOKIE}=${token}` } }))).text()
      const body = new FormData()
      body.set('_csrf', /name="_csrf" value="([^"]*)"/.exec(html)?.[1] ?? '')
      const r = await s.handle(new Request(s.url + path, { method: 'POST', headers: { cookie: `${SESSION_COOKIE}=${token}` }, body, redirect: 'manual' }))
      return { status: r.status >= 300 && r.status < 400 ? ((r.headers.get('location') ?? '').includes('ok=') ? 200 : 403) : r.status, json: null }
    }

    const staffSite = s.site.users.byUsername('kaodian01')!
    s.site.users.create({ username: 'tour-other-site', role: 'site-reviewer', password: 'Review12345', displayName: '其他考点', areaCode: staffSite.areaCode ?? undefined, siteCode: `${staffSite.siteCode}9` }, s.site.nowIso())
    s.site.users.create({ username: 'tour-other-area', role: 'region-reviewer', password: 'Review12345', displayName: '其他考区', areaCode: '99', siteCode: undefined }, s.site.nowIso())
    const reviewer = await login('kaodian01', 'Review12345')
    const otherSite = await login('tour-other-site', 'Review12345')
    const otherArea = await login('tour-other-area', 'Review12345')
    const admin = await login('admin', 'Admin12345')
    const stranger = await login('demo-withdrawn', DEMO_PASSWORD)
    await enter(stranger, 'demo-withdrawn')
    const LOCKS = ['REVIEW-SUBMIT-LOCKS-ALL', 'MATERIAL-UPLOAD-LOCKED', 'REVIEW-RETURN-UNLOCKS-NAMED']
    const OWN = ['REVIEW-OWN-FILE']
    const REMIT = ['REVIEW-SITE-OWN-SITE']

    for (const stage of ['uploading', 'under-review', 'returned', 'approved']) {
      const u = `demo-${stage}`
      const token = await login(u, DEMO_PASSWORD)
      await enter(token, u)
      const app = (await send(token, 'GET', '/api/portal')).json?.application?.id as number
      const materials = async () => ((await send(token, 'GET', '/api/portal')).json?.materials ?? []) as { id: string; locked: boolean; stored: { id: number; fileId: string }[] }[]
      await probe(`${stage} portal locks`, LOCKS, async () => JSON.stringify((await materials()).map((m) => [m.id, m.locked, m.stored.length])))
      await probe(`${stage} feedback`, ['REVIEW-FEEDBACK-NEWEST-FIRST', 'REVIEW-SUBMIT-NOTICE'], async () => JSON.stringify(((await send(token, 'GET', '/api/portal')).json?.feedback ?? []).map((f: { text: string }) => f.text)))
      const ms = await materials()
      for (const [i, m] of ms.slice(0, 2).entries()) await probe(`${stage} upload ${i}`, LOCKS, () => send(token, 'POST', `/api/portal/materials/${m.id}`, image(i)))
      const withImage = (await materials()).filter((m) => m.stored.length > 0)
      const first = withImage[0]?.stored[0]
      if (first) {
        for (const [who, t] of [['owner', token], ['other', stranger], ['anonymous', null], ['reviewer', reviewer], ['other-site', otherSite], ['other-area', otherArea]] as const) {
          await probe(`${stage} read file as ${who}`, [...OWN, ...REMIT], () => send(t, 'GET', `/api/portal/files/${first.fileId}`))
        }
        await probe(`${stage} delete image as other`, OWN, () => send(stranger, 'DELETE', `/api/portal/images/${first.id}`))
        await probe(`${stage} delete image as anonymous`, OWN, () => send(null, 'DELETE', `/api/portal/images/${first.id}`))
        await probe(`${stage} delete image as owner (api)`, LOCKS, () => send(token, 'DELETE', `/api/portal/images/${first.id}`))
      }
      const second = (await materials()).filter((m) => m.stored.length > 0).at(-1)?.stored[0]
      if (second) await probe(`${stage} delete image as owner (page)`, LOCKS, () => pagePost(token, '/portal', `/portal/images/${second.id}/delete`))
      await probe(`${stage} page upload`, LOCKS, async () => {
        const html = await (await s.handle(new Request(s.url + '/portal', { headers: { cookie: `${SESSION_COOKIE}=${token}` } }))).text()
        const body = new FormData()
        body.set('_csrf', /name="_csrf" value="([^"]*)"/.exec(html)?.[1] ?? '')
        body.set('file', new Blob([Buffer.from(image(9).base64, 'base64')], { type: 'image/jpeg' }), 'p.jpg')
        const r = await s.handle(new Request(`${s.url}/portal/materials/${ms[1]?.id ?? ms[0]?.id ?? 'none'}`, { method: 'POST', headers: { cookie: `${SESSION_COOKIE}=${token}` }, body, redirect: 'manual' }))
        // The status class, as for the API probes: which 4xx a page answers is not the catalogue's.
        return `${r.status >= 500 ? 'error' : r.status >= 400 ? 'refused' : 'answered'} ${(r.headers.get('location') ?? '').includes('ok=') ? 'saved' : 'not saved'}`
      })
      for (const step of ['basic', 'work', 'education', 'certificates', 'confirm', 'submit']) {
        await probe(`${stage} step ${step} as owner`, ['REVIEW-NO-EDIT-AFTER-SUBMIT'], () => send(token, 'POST', `/api/applications/${app}/${step}`, {}))
        await probe(`${stage} step ${step} as other`, OWN, () => send(stranger, 'POST', `/api/applications/${app}/${step}`, {}))
      }
      const rec = (await send(token, 'GET', '/api/me')).json?.records?.education?.[0]
      if (rec) {
        await probe(`${stage} record update as owner`, ['REVIEW-RECORD-IN-USE-LOCKED', 'REVIEW-VERIFIED-RECORD-LOCKED'], () => send(token, 'POST', `/api/info/education/${rec.id}`, {}))
        await probe(`${stage} record delete as other`, OWN, () => send(stranger, 'DELETE', `/api/info/education/${rec.id}`))
        await probe(`${stage} record delete as owner`, ['REVIEW-RECORD-IN-USE-LOCKED', 'REVIEW-VERIFIED-RECORD-LOCKED'], () => send(token, 'DELETE', `/api/info/education/${rec.id}`))
      }
      await probe(`${stage} payment as other`, OWN, () => send(stranger, 'GET', `/api/applications/${app}/payment`))
      await probe(`${stage} pay as other`, OWN, () => send(stranger, 'POST', `/api/applications/${app}/pay`, {}))
      const pays = [await send(token, 'POST', `/api/applications/${app}/pay`, {}), await send(token, 'POST', `/api/applications/${app}/pay`, {})]
      await probe(`${stage} pay twice`, ['PAY-NO-DOUBLE-PAY', 'PAY-OPENS'], async () => `${pays.map(seen).join(' / ')} ${new Set(pays.map((p) => p.json?.orderId).filter(Boolean)).size} orders`)
      await probe(`${stage} queue of another 考点`, REMIT, async () => {
        const q = (await send(otherSite, 'GET', '/api/review/queue')).json
        const list = (Array.isArray(q) ? q : (q?.applications ?? q?.queue ?? [])) as { id: number }[]
        return `listed: ${list.some((a) => a.id === app)}`
      })
      await probe(`${stage} review page of another 考点`, REMIT, () => send(otherSite, 'GET', `/api/review/applications/${app}`))
      await probe(`${stage} candidate decides`, ['REVIEW-ONLY-REVIEWERS'], () => send(token, 'POST', `/api/review/applications/${app}/approve`, {}))
      await probe(`${stage} other 考点 decides`, REMIT, () => send(otherSite, 'POST', `/api/review/applications/${app}/approve`, {}))
      await probe(`${stage} other 考区 decides`, REMIT, () => send(otherArea, 'POST', `/api/review/applications/${app}/approve`, {}))
    }

    // The portal's authorisation with its tokens wrong, blank, missing, unknown.
    const fresh = async () => login('demo-uploading', DEMO_PASSWORD)
    const idNumber = s.site.users.byUsername('demo-uploading')!.idNumber!
    const variants: [string, string[], { captchaId?: string; captcha?: string; idNumber?: string; password?: string }][] = [
      ['captcha wrong', ['MATERIAL-PORTAL-CAPTCHA'], { captcha: '1234' }], ['captcha blank', ['MATERIAL-PORTAL-CAPTCHA'], { captcha: '' }],
      ['captcha id unknown', ['MATERIAL-PORTAL-CAPTCHA'], { captchaId: 'no-such-captcha' }], ['captcha id blank', ['MATERIAL-PORTAL-CAPTCHA'], { captchaId: '' }],
      ['id number wrong', ['MATERIAL-PORTAL-ID-NUMBER'], { idNumber: idNumber.replace(/.$/, (c) => (c === '1' ? '2' : '1')) }], ['id number blank', ['MATERIAL-PORTAL-ID-NUMBER'], { idNumber: '' }],
      ['password wrong', ['MATERIAL-PORTAL-AUTHORISE'], { password: 'Wrong12345' }], ['password blank', ['MATERIAL-PORTAL-AUTHORISE'], { password: '' }],
    ]
    for (const [name, rules, o] of variants) await probe(`enter portal: ${name}`, rules, async () => enter(await fresh(), 'demo-uploading', o))
    const unauthorised = await fresh()
    const m0 = ((await send((await (async () => { const t = await fresh(); await enter(t, 'demo-uploading'); return t })()), 'GET', '/api/portal')).json?.materials?.[0]?.id as string | undefined) ?? 'none'
    await probe('upload without portal authorisation', ['MATERIAL-PORTAL-AUTHORISE'], () => send(unauthorised, 'POST', `/api/portal/materials/${m0}`, image(5)))
    await probe('portal without authorisation', ['MATERIAL-PORTAL-AUTHORISE'], () => send(unauthorised, 'GET', '/api/portal'))
    for (const [name, current] of [['blank', ''], ['wrong', 'Wrong12345'], ['missing', undefined]] as const) {
      await probe(`change password, current ${name}`, ['ACCOUNT-CHANGE-PASSWORD-CURRENT'], async () => send(await login('demo1', DEMO_PASSWORD), 'POST', '/api/account/password', { ...(current !== undefined && { currentPassword: current }), newPassword: 'Newpass123', newPasswordConfirm: 'Newpass123' }))
    }

    // A return, a resubmission and a second return across a 9th and a 10th and across 9:xx and 10:xx (the site
    // shows days unpadded, 3/9 and 3/10, so only a day change shows feedback sorted as text); bad returns first.
    const ur = 'demo-under-review'
    const urApp = ((await send(await (async () => { const t = await login(ur, DEMO_PASSWORD); await enter(t, ur); return t })(), 'GET', '/api/portal')).json?.application?.id as number | undefined) ?? 0
    await setClock(`${year}-03-09T09:30:00+08:00`)
    const rv = await login('kaodian01', 'Review12345')
    const urMaterial = (await send(rv, 'GET', `/api/review/applications/${urApp}`)).json?.materials?.[1]?.id ?? 'diploma'
    await probe('return with a blank message', ['REVIEW-RETURN-MESSAGE'], () => send(rv, 'POST', `/api/review/applications/${urApp}/return`, { message: '   ', materials: [urMaterial] }))
    await probe('return without materials', ['REVIEW-RETURN-NAMES-MATERIALS'], () => send(rv, 'POST', `/api/review/applications/${urApp}/return`, { message: '请补充。' }))
    await probe('return with no materials', ['REVIEW-RETURN-NAMES-MATERIALS'], () => send(rv, 'POST', `/api/review/applications/${urApp}/return`, { message: '请补充。', materials: [] }))
    await probe('first return', ['REVIEW-RETURN-MESSAGE'], () => send(rv, 'POST', `/api/review/applications/${urApp}/return`, { message: '第一次退回', materials: [urMaterial] }))
    await setClock(`${year}-03-09T09:40:00+08:00`)
    const owner = await login(ur, DEMO_PASSWORD)
    await enter(owner, ur)
    await probe('resubmit', ['REVIEW-SUBMIT-LOCKS-ALL'], () => send(owner, 'POST', '/api/portal/submit', { declared: true }))
    await setClock(`${year}-03-10T10:05:00+08:00`)
    const rv2 = await login('kaodian01', 'Review12345')
    await probe('second return', ['REVIEW-RETURN-MESSAGE'], () => send(rv2, 'POST', `/api/review/applications/${urApp}/return`, { message: '第二次退回', materials: [urMaterial] }))
    const owner2 = await login(ur, DEMO_PASSWORD)
    await enter(owner2, ur)
    await probe('feedback across a 9th and a 10th, 9:xx and 10:xx', ['REVIEW-FEEDBACK-NEWEST-FIRST'], async () => JSON.stringify(((await send(owner2, 'GET', '/api/portal')).json?.feedback ?? []).map((f: { text: string }) => f.text)))

    // The payment deadline over the whole population (paid, unpaid, under review, approved).
    await setClock(`${year}-01-15T10:00:00+08:00`)
    const admin2 = await login('admin', 'Admin12345')
    await send(admin2, 'POST', '/api/admin/pay-due', { payDueBy: `${year}-01-16T10:00:00+08:00` })
    await setClock(`${year}-01-16T11:00:00+08:00`)
    const admin3 = await login('admin', 'Admin12345')
    await probe('deadline run', ['PAY-UNPAID-WITHDRAWN'], async () => JSON.stringify(((await send(admin3, 'POST', '/api/admin/run-deadlines', {})).json?.withdrawn ?? []).slice().sort()))
    void admin
    return { probes }
  } catch (err) {
    return { crashed: (err as Error).message.split('\n')[0]! }
  } finally {
    await site?.close().catch(() => undefined)
    mocks.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * What a probe saw as the suite judges it (fixtures/refusal.ts, refusedFor): a refusal naming no rule,
 * or one of the probe's own, is just `refused`; one naming only other rules keeps them.
 */
export function judged(p: ProbeResult): string {
  const m = /^refused(?: (.*))?$/.exec(p.seen)
  if (!m) return p.seen
  const named = (m[1] ?? '').split(',').filter((r) => r && r !== '-')
  return named.length === 0 || named.some((r) => p.rules.includes(r)) ? 'refused' : p.seen
}

/** The rules a patched site breaks: those of every probe that saw something else than on the shipped site (as the suite judges it). */
export function brokenRules(shipped: Record<string, ProbeResult>, patched: Record<string, ProbeResult>): { rules: string[]; probes: string[] } {
  const probes = Object.keys(shipped).filter((k) => !patched[k] || judged(patched[k]) !== judged(shipped[k]!))
  return { rules: [...new Set(probes.flatMap((k) => shipped[k]!.rules))].sort(), probes }
}
