// The site `npm run bench:site` loads, in a process of its own so the load generator does not share its
// event loop: hubei-2026 as `npm start` serves it (the demo seeded, the in-process mocks, a frozen clock,
// test captcha), with a class of N trainees created the way the trainer console creates one (each with a
// copy of every scenario: N×5 candidates, a reviewer each). Each bench session is a trainee working their
// 图片超过大小上限 candidate (the diploma left to upload). Prints one JSON line: the URL and logins; at
// SIGTERM a second: the CPU the process (worker threads included) spent since SIGUSR2, the measured phase.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMocks } from '../mocks/startMocks.ts'
import { createClock } from '../src/site/clock.ts'
import { createSite } from '../src/site/createSite.ts'
import { createClass, loginOf } from '../src/site/training/createClass.ts'
import { seedDemoSite } from '../src/site/training/resetToDemo.ts'

const count = Number(process.argv[2] ?? 50)
const dataDir = mkdtempSync(join(tmpdir(), 'bm-bench-site-'))
const clock = createClock('2026-01-15T10:00:00+08:00')
const mocks = startMocks({ now: () => clock.now() })
const site = await createSite({ profile: 'hubei-2026', dataDir, now: clock, services: mocks.urls, captcha: 'test', port: 0 })
seedDemoSite(site.site)
const trainees = await createClass(site.site, { count, seed: 2026 })
const logins = trainees.map((t) => {
  const username = loginOf(t.code, 'overcap')
  return { username, password: t.password, idNumber: site.site.users.byUsername(username)!.idNumber ?? '', material: 'diploma' }
})
console.log(JSON.stringify({ url: site.url, logins, applications: (site.site.db.prepare('SELECT count(*) AS n FROM applications').get() as { n: number }).n }))
// BENCH_PROFILE=FILE: the CPU profile of the measured phase only (from SIGUSR2 to SIGTERM), not of seeding and logins.
const profile = process.env.BENCH_PROFILE
const inspector = new Session()
if (profile) inspector.connect()
let cpu = process.cpuUsage()
process.once('SIGUSR2', () => {
  cpu = process.cpuUsage()
  if (profile) void inspector.post('Profiler.enable').then(() => inspector.post('Profiler.start'))
})
const stop = async () => {
  const used = process.cpuUsage(cpu)
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000 }))
  if (profile) writeFileSync(profile, JSON.stringify((await inspector.post('Profiler.stop')).profile))
  await site.close(); mocks.close(); rmSync(dataDir, { recursive: true, force: true }); process.exit(0)
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
