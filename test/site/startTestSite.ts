import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMocks, type Mocks } from '../../mocks/startMocks.ts'
import { generateCandidate } from '../../src/generator/index.ts'
import type { Candidate } from '../../src/rules/candidate.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'
import type { PersonaId } from '../../src/rules/personas.ts'
import { createClock, type Clock } from '../../src/site/clock.ts'
import { createSite, type Site } from '../../src/site/createSite.ts'
import { paymentSecretOf } from '../../src/site/payment/paymentSecret.ts'
import { SiteClient } from '../../src/site/client/siteClient.ts'
import { servicesFacts } from '../../src/site/client/servicesFacts.ts'
import { demoPhoto } from '../../src/site/photo/demoPhoto.ts'

/** A site on 127.0.0.1:0 over a fresh data folder, with in-process mocks and a frozen clock. */
export interface TestSite extends Site {
  mocks: Mocks
  clock: Clock
  /** The clock session lifetimes run on (frozen; move it to expire sessions). */
  sessionClock: Clock
  dataDir: string
  profile: ProfileId
  stop(): Promise<void>
  /** Closes the server and opens a new one over the same data folder. */
  restart(): Promise<TestSite>
  /** A fresh valid candidate (fresh graduate) whose education and certificates the mocks know. */
  candidate(seed: number, persona?: PersonaId): Candidate
  client(): SiteClient
}

const NOW: Record<ProfileId, string> = {
  national: '2026-01-15T10:00:00+08:00', 'national-2025': '2025-01-15T10:00:00+08:00', 'hubei-2022': '2022-01-15T10:00:00+08:00', 'hubei-2026': '2026-01-15T10:00:00+08:00',
  'hebei-shijiazhuang-2022': '2022-01-15T10:00:00+08:00', 'hunan-2025': '2025-01-15T10:00:00+08:00',
}

export const PHOTO = { fileName: 'photo.jpg', bytes: demoPhoto() }

export async function startTestSite(o: { profile?: ProfileId; now?: string; dataDir?: string; mocks?: Mocks } = {}): Promise<TestSite> {
  const profile = o.profile ?? 'national'
  const clock = createClock(o.now ?? NOW[profile])
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'bm-site-'))
  const paymentSecret = paymentSecretOf(dataDir)
  const mocks = o.mocks ?? startMocks({ now: () => clock.now(), options: { timeoutMs: 400, secret: paymentSecret } })
  const sessionClock = createClock(clock.now().toISOString())
  const site = await createSite({ profile, dataDir, now: clock, services: mocks.urls, captcha: 'test', serviceTimeoutMs: 250, sessionClock, paymentSecret })
  const self: TestSite = {
    ...site, mocks, clock, sessionClock, dataDir, profile,
    stop: async () => { await site.close(); mocks.close(); rmSync(dataDir, { recursive: true, force: true }) },
    restart: async () => { await site.close(); return startTestSite({ profile, now: clock.now().toISOString(), dataDir, mocks }) },
    candidate(seed, persona = 'fresh-graduate') {
      const c = generateCandidate({ seed, profile, persona, refDate: NOW[profile].slice(0, 10) }).candidate
      const facts = servicesFacts(c)
      mocks.state.identity.add(facts.identity)
      mocks.state.education.add(facts.education)
      mocks.state.registry.add(facts.registry)
      return c
    },
    client: () => new SiteClient(site.url),
  }
  return self
}

/** An admin client: creates the admin account directly in the store and logs in. */
export async function adminClient(s: TestSite): Promise<SiteClient> {
  if (!s.site.users.byUsername('admin')) s.site.users.create({ username: 'admin', role: 'admin', password: 'Admin12345', displayName: '管理员' }, s.site.nowIso())
  const c = s.client()
  await c.login('admin', 'Admin12345')
  return c
}
