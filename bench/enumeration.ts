// npm run bench:enumeration — can an attacker tell an existing account from an unknown one by the time
// 登录 and 找回密码 take? The reference site (hubei-2026, real scrypt hashing, test captcha) on 127.0.0.1
// in this process; requests one at a time, the four cases interleaved round by round, so drift and load
// on the shared machine fall on all of them alike. Per case it prints the median and p95 and whether
// every answer was the same; the site's clock moves past the throttle window each round (so every try
// reaches the password check instead of the 429). Bounded: BENCH_SAMPLES (default 40) rounds or
// BENCH_DEADLINE_MS (default 90 s), whichever comes first.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMocks } from '../mocks/startMocks.ts'
import { generateCandidate } from '../src/generator/index.ts'
import { THROTTLE } from '../src/site/auth/throttle.ts'
import { createClock } from '../src/site/clock.ts'
import { createSite } from '../src/site/createSite.ts'
import { quantile } from './quantile.ts'

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40)
const DEADLINE_MS = Number(process.env.BENCH_DEADLINE_MS ?? 90_000)
/** Rounds before measuring: the first unknown-account check also makes the dummy hash. */
const WARMUP = 2
const ACCOUNTS = 8

const dataDir = mkdtempSync(join(tmpdir(), 'bm-bench-enum-'))
const clock = createClock('2026-01-15T10:00:00+08:00')
const mocks = startMocks({ now: () => clock.now() })
const site = await createSite({ profile: 'hubei-2026', dataDir, now: clock, services: mocks.urls, captcha: 'test', port: 0 })

// Existing accounts and unknown ones alike are generated candidates: well-formed names and ID numbers, so no format check answers early.
const people = Array.from({ length: ACCOUNTS * 2 }, (_, i) => generateCandidate({ seed: 15_000 + i, profile: 'hubei-2026', persona: 'fresh-graduate', refDate: '2026-01-15' }).candidate)
const existing = people.slice(0, ACCOUNTS).map((c, i) => ({ ...c, username: `enum${i}` }))
const unknown = people.slice(ACCOUNTS).map((c, i) => ({ ...c, username: `nobody${i}` }))
for (const c of existing) {
  site.site.users.create({ username: c.username, role: 'candidate', password: c.password, displayName: c.name, recoveryQuestion: c.recoveryQuestion, recoveryAnswer: c.recoveryAnswer, idType: c.idType, idNumber: c.idNumber }, site.site.nowIso())
}

type Person = (typeof existing)[number]
interface Case { name: string; path: string; who: Person[]; body: (p: Person) => Record<string, string>; times: number[]; answers: Set<string> }
const login = (p: Person) => ({ username: p.username, password: 'Wrong1234' })
const recover = (p: Person) => ({ name: p.name, idNumber: p.idNumber, recoveryAnswer: '不是这个答案', newPassword: 'Abc12345' })
const CASES: Case[] = [
  { name: '登录 existing user, wrong password', path: '/api/login', who: existing, body: login, times: [], answers: new Set() },
  { name: '登录 unknown user', path: '/api/login', who: unknown, body: login, times: [], answers: new Set() },
  { name: '找回密码 existing ID number, wrong answer', path: '/api/recover', who: existing, body: recover, times: [], answers: new Set() },
  { name: '找回密码 unknown ID number', path: '/api/recover', who: unknown, body: recover, times: [], answers: new Set() },
]

/** One try: a captcha first (not timed), then the timed POST; the answer as status and messages. */
async function attempt(c: Case, p: Person): Promise<{ ms: number; answer: string }> {
  const captchaId = ((await (await fetch(`${site.url}/api/captcha`)).json()) as { id: string }).id
  const t0 = performance.now()
  const res = await fetch(site.url + c.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...c.body(p), captchaId, captcha: '8888' }) })
  const json = (await res.json()) as { error?: { message: string }[] }
  return { ms: performance.now() - t0, answer: `${res.status} ${(json.error ?? []).map((e) => e.message).join(' ')}` }
}

const started = Date.now()
let rounds = 0
for (let r = 0; r < WARMUP + SAMPLES && Date.now() - started < DEADLINE_MS; r++) {
  // The order of the cases turns each round: none always goes first.
  for (let k = 0; k < CASES.length; k++) {
    const c = CASES[(r + k) % CASES.length]!
    const { ms, answer } = await attempt(c, c.who[r % ACCOUNTS]!)
    c.answers.add(answer)
    if (r >= WARMUP) c.times.push(ms)
  }
  if (r >= WARMUP) rounds++
  clock.set(new Date(clock.now().getTime() + THROTTLE.windowMs + 1000).toISOString())
}
await site.close()
mocks.close()
rmSync(dataDir, { recursive: true, force: true })

const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`
console.log(`enumeration: ${rounds} rounds of 4 cases, one request at a time, scrypt as served (${((Date.now() - started) / 1000).toFixed(1)} s)`)
for (const c of CASES) {
  const sorted = [...c.times].sort((a, b) => a - b)
  console.log(`  median ${fmt(quantile(sorted, 0.5))}  p95 ${fmt(quantile(sorted, 0.95))}  ${c.name}`)
}
let differs = false
for (const [a, b] of [[CASES[0]!, CASES[1]!], [CASES[2]!, CASES[3]!]] as const) {
  const same = a.answers.size === 1 && [...a.answers][0] === [...b.answers][0] && b.answers.size === 1
  const gap = quantile([...b.times].sort((x, y) => x - y), 0.5) - quantile([...a.times].sort((x, y) => x - y), 0.5)
  console.log(`  ${a.path}: unknown minus existing, median ${gap >= 0 ? '+' : ''}${gap.toFixed(1)} ms; answers ${same ? `the same: ${[...a.answers][0]}` : `DIFFER: ${[...a.answers, ...b.answers].join(' | ')}`}`)
  if (!same) differs = true
}
if (Date.now() - started >= DEADLINE_MS) console.log(`(stopped at the ${DEADLINE_MS / 1000} s deadline)`)
process.exitCode = differs ? 1 : 0
