import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMocks, type Mocks } from '../../mocks/startMocks.ts'
import { createClock, type Clock } from '../../src/site/clock.ts'
import { createSite, type Site } from '../../src/site/createSite.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'

/** A site on 127.0.0.1:0 over a fresh data folder, with in-process mocks and a frozen clock. */
export interface TestSite extends Site { mocks: Mocks; clock: Clock; dataDir: string; stop(): Promise<void>; restart(): Promise<TestSite> }

export async function startTestSite(o: { profile?: ProfileId; now?: string; dataDir?: string; mocks?: Mocks } = {}): Promise<TestSite> {
  const profile = o.profile ?? 'national'
  const clock = createClock(o.now ?? '2026-01-15T10:00:00+08:00')
  const mocks = o.mocks ?? startMocks({ now: () => clock.now(), options: { timeoutMs: 300 } })
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'bm-site-'))
  const site = await createSite({ profile, dataDir, now: clock, services: mocks.urls, captcha: 'test', serviceTimeoutMs: 200 })
  return {
    ...site, mocks, clock, dataDir,
    stop: async () => { await site.close(); mocks.close(); rmSync(dataDir, { recursive: true, force: true }) },
    restart: async () => { await site.close(); return startTestSite({ profile, now: clock.now().toISOString(), dataDir, mocks }) },
  }
}

/** A JSON client that keeps the session token. */
export function client(base: string) {
  let token = ''
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await res.json().catch(() => null)
    return { status: res.status, json }
  }
  return {
    get: (p: string) => call('GET', p),
    post: (p: string, b: unknown = {}) => call('POST', p, b),
    del: (p: string) => call('DELETE', p),
    async login(username: string, password: string) {
      const cap = await call('GET', '/api/captcha')
      const r = await call('POST', '/api/login', { username, password, captchaId: cap.json.id, captcha: '8888' })
      if (r.status !== 200) throw new Error(`login failed: ${JSON.stringify(r.json)}`)
      token = r.json.token
      return r
    },
  }
}
