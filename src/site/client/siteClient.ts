import type { Candidate } from '../../rules/candidate.ts'
import type { FieldError } from '../validation/fieldError.ts'
import { RECORD_KINDS } from '../forms/forms.ts'
import { TEST_CAPTCHA } from '../auth/captchas.ts'
import { overHttp, type Transport } from './transports.ts'

/** The lifecycle states the JSON API can seed in part 1. */
export const SEED_STATES = ['registered', 'personal-info', 'draft', 'submitted', 'abandoned'] as const
export type SeedState = (typeof SEED_STATES)[number]

/** A body as JSON, or null when it is not JSON (an HTML error page, an empty 204). */
const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** An answer of the API: the status and the JSON body. */
export interface ApiAnswer<T = any> { status: number; json: T }

/** A refused API call, with the refusals (rule IDs and Chinese messages). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly errors: FieldError[], what: string) {
    super(`${what} → ${status}: ${errors.map((e) => `${e.rule ?? e.code} ${e.path} ${e.message}`).join('; ')}`)
  }
}

/**
 * A typed client of the reference site's JSON API (docs/api.md) that fixtures and tests use to put a
 * candidate into a lifecycle state quickly. It needs the site's test captcha mode to log in.
 */
export class SiteClient {
  token = ''
  /** `send`: over HTTP unless told otherwise (`inProcess` for a site running in this process). */
  constructor(readonly baseUrl: string, private readonly send: Transport = overHttp) {}

  async call<T = any>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const res = await this.send(this.baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, json: parseJson(res.text) as T }
  }

  /** Like call, but throws an ApiError unless the answer is 2xx. */
  async ok<T = any>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const r = await this.call<T>(method, path, body)
    if (r.status >= 300) throw new ApiError(r.status, (r.json as { error?: FieldError[] })?.error ?? [], `${method} ${path}`)
    return r.json
  }

  register(c: Candidate) {
    const { username, password, recoveryQuestion, recoveryAnswer, origin, idType, idNumber, idValidUntil, name, pinyin, sex, birthDate, ethnicity, nationality, email } = c
    return this.ok('POST', '/api/register', { username, password, recoveryQuestion, recoveryAnswer, origin, idType, idNumber, idValidUntil, name, pinyin, sex, birthDate, ethnicity, nationality, email })
  }

  async login(username: string, password: string, captcha = TEST_CAPTCHA) {
    const cap = await this.ok<{ id: string }>('GET', '/api/captcha')
    const r = await this.ok<{ token: string }>('POST', '/api/login', { username, password, captchaId: cap.id, captcha })
    this.token = r.token
    return r
  }

  /** Contact, work, the photo and every record; answers the record IDs by list. */
  async fillPersonalInfo(c: Candidate, photo: { fileName: string; bytes: Uint8Array }): Promise<Record<(typeof RECORD_KINDS)[number], number[]>> {
    const { mobile, homePhone, workPhone, email, address, postcode } = c
    await this.ok('POST', '/api/info/contact', { mobile, homePhone, workPhone, email, address, postcode })
    await this.ok('POST', '/api/info/work', c.work)
    await this.ok('POST', '/api/info/photo', { fileName: photo.fileName, base64: Buffer.from(photo.bytes).toString('base64') })
    const ids = { education: [] as number[], training: [] as number[], certificates: [] as number[] }
    for (const kind of RECORD_KINDS) {
      for (const rec of c[kind] as Record<string, unknown>[]) {
        const { selected: _s, ...data } = rec
        const r = await this.ok<{ id: number }>('POST', `/api/info/${kind}`, data)
        ids[kind].push(r.id)
      }
    }
    return ids
  }

  /** The wizard from 开始新的报名 to the confirm step, using the records the candidate marks selected. */
  async applyDraft(c: Candidate, ids: Record<(typeof RECORD_KINDS)[number], number[]>): Promise<number> {
    const app = await this.ok<{ id: number }>('POST', '/api/applications', { examCode: c.application.examCode })
    const chosen = (kind: (typeof RECORD_KINDS)[number]) => (c[kind] as { selected: boolean }[]).flatMap((r, i) => (r.selected ? [ids[kind][i]!] : []))
    const { serviceStatus, mainlandPass } = c
    await this.ok('POST', `/api/applications/${app.id}/basic`, { serviceStatus, mainlandPass })
    await this.ok('POST', `/api/applications/${app.id}/work`, c.work)
    await this.ok('POST', `/api/applications/${app.id}/education`, { education: chosen('education'), training: chosen('training') })
    await this.ok('POST', `/api/applications/${app.id}/certificates`, { certificates: chosen('certificates') })
    const { area, site, extraSubject, attempts, freshGraduate, skillsExempt } = c.application
    await this.ok('POST', `/api/applications/${app.id}/confirm`, { area, site, extraSubject, attempts, freshGraduate, skillsExempt })
    return app.id
  }

  /** Registers the candidate and brings it to `state` through the API; answers the application ID (if any). */
  async seed(c: Candidate, state: SeedState, photo: { fileName: string; bytes: Uint8Array }): Promise<{ applicationId: number | null }> {
    await this.register(c)
    await this.login(c.username, c.password)
    if (state === 'registered') return { applicationId: null }
    if (c.probationDeclared) await this.call('POST', '/api/probation-declaration', {})
    const ids = await this.fillPersonalInfo(c, photo)
    if (state === 'personal-info') return { applicationId: null }
    const id = await this.applyDraft(c, ids)
    if (state === 'draft') return { applicationId: id }
    await this.ok('POST', `/api/applications/${id}/submit`, {})
    if (state === 'abandoned') await this.ok('POST', `/api/applications/${id}/abandon`, {})
    return { applicationId: id }
  }
}
