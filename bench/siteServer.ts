// The site `npm run bench:site` loads, in a process of its own so the load generator does not share its
// event loop: hubei-2026, a frozen clock, test captcha, and a class of N candidates seeded straight to the
// stores at the uploading stage (one material left to upload). Prints one JSON line: the URL and logins.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMocks } from '../mocks/startMocks.ts'
import { createClock } from '../src/site/clock.ts'
import { createSite } from '../src/site/createSite.ts'
import { seedStage } from '../src/site/demo/seedStage.ts'
import { examAreas, examSitesOf } from '../src/site/reference/examSites.ts'

const count = Number(process.argv[2] ?? 50)
const dataDir = mkdtempSync(join(tmpdir(), 'bm-bench-site-'))
const clock = createClock('2026-01-15T10:00:00+08:00')
const mocks = startMocks({ now: () => clock.now() })
const site = await createSite({ profile: 'hubei-2026', dataDir, now: clock, services: mocks.urls, captcha: 'test', port: 0 })
const area = examAreas(site.site.profile)[0]!.code
const password = 'Bench12345'
const hash = { hash: site.site.users.hash(password) }
const logins = site.site.db.transaction(() => Array.from({ length: count }, (_, i) => {
  const username = `bench${String(i + 1).padStart(2, '0')}`
  const s = seedStage(site.site, { stage: 'uploading', username, password: hash, seed: 900_000 + i, areaCode: area, siteCode: examSitesOf(area)[0]!.code, missing: (ms) => [ms.at(-1)!.id] })
  return { username, password, idNumber: s.candidate.idNumber, material: s.materials.at(-1)!.id }
}))()
console.log(JSON.stringify({ url: site.url, logins }))
const stop = async () => { await site.close(); mocks.close(); rmSync(dataDir, { recursive: true, force: true }); process.exit(0) }
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
