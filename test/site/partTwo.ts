import { materialFile } from '../../src/generator/index.ts'
import type { Candidate } from '../../src/rules/candidate.ts'
import { materialsFor } from '../../src/rules/materials.ts'
import type { SiteClient } from '../../src/site/client/siteClient.ts'
import type { Role } from '../../src/site/store/users.ts'
import { PHOTO, type TestSite } from './startTestSite.ts'

/** A small real JPEG (or PNG) of exactly `bytes` bytes for a material. */
export function image(material: string, bytes = 20 * 1024, format: 'jpeg' | 'png' = 'jpeg') {
  const f = materialFile({ material, bytes, format, width: 160, height: 120 })
  return { fileName: f.fileName, base64: f.data.toString('base64'), declaredType: f.declaredType }
}

/** A candidate with a submitted national application, logged in and authorised on the portal. */
export async function portalCandidate(s: TestSite, seed: number, persona?: Parameters<TestSite['candidate']>[1]) {
  const c = s.candidate(seed, persona)
  const api = s.client()
  const { applicationId } = await api.seed(c, 'submitted', PHOTO)
  await enter(api, c)
  return { c, api, appId: applicationId! }
}

/** 上传相关材料: authorise with the national account (captcha and ID number where asked). */
export async function enter(api: SiteClient, c: Candidate) {
  const cap = await api.ok<{ id: string }>('GET', '/api/captcha')
  return api.ok('POST', '/api/portal/enter', { username: c.username, password: c.password, captchaId: cap.id, captcha: '8888', idNumber: c.idNumber })
}

/** Uploads every required material at its minimum count. */
export async function uploadRequired(s: TestSite, api: SiteClient, c: Candidate) {
  const snapshot = (await api.ok('GET', '/api/portal')).materials as { id: string; required: boolean; images: { min: number } }[]
  for (const m of snapshot.filter((x) => x.required)) {
    for (let i = 0; i < m.images.min; i++) await api.ok('POST', `/api/portal/materials/${m.id}`, image(m.id))
  }
  return materialsFor(c, s.profile)
}

/** A staff account covering the candidate's 考点 (site reviewer) or 考区 (region reviewer), logged in. */
export async function staff(s: TestSite, role: Role, c: Candidate, name = `${role}-${c.application.site}`) {
  if (!s.site.users.byUsername(name)) {
    s.site.users.create({ username: name, role, password: 'Review12345', displayName: name, areaCode: c.application.area, siteCode: role === 'site-reviewer' ? c.application.site : undefined }, s.site.nowIso())
  }
  const api = s.client()
  await api.login(name, 'Review12345')
  return api
}

/** Moves the site's clock (and the mocks', which follow it). */
export const at = (s: TestSite, iso: string) => s.clock.set(iso)

/** Logs the candidate in again and re-enters the portal (after the clock moved past the session's life). */
export async function relogin(api: SiteClient, c: Candidate) {
  await api.login(c.username, c.password)
  await enter(api, c)
}
