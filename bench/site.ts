// npm run bench:site — a class browsing and uploading at once: N trainees (default 50), each with their own
// session, against the reference site on 127.0.0.1 in a process of its own (bench/siteServer.ts: the demo and
// the class the trainer console creates, so N×5 scenario candidates; each trainee works their own). Each
// trainee acts like a person: a request after the previous one answered, then a think time drawn from a
// seeded exponential distribution (mean BENCH_THINK_MS, default 500 ms), through one round of pages, API
// calls and an upload. The load is a short script on Node's fetch (undici, the HTTP client Node ships): a
// one-URL load tool (autocannon) models neither a session per user nor think time, and nothing new is
// installed. Per kind of request it prints the count, the offered rate, p50/p99, the concurrency and errors
// (only a 2xx answer counts as a success), then the same per request ("per page and per API call"), then
// a burst: all sessions asking for the portal page in the same instant, apart from the mix. Each session
// starts after a think time of its own; 20 rounds give 1,000 samples per request, so a p99 rests on ten.
// BENCH_THINK_MS=0 drives the site flat out (capacity, not a class); BENCH_PROFILE=FILE writes the server's CPU profile of the measured phase.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { mix } from '../src/generator/random.ts'
import { quantile } from './quantile.ts'

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 50)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 500)
const DEADLINE_MS = Number(process.env.BENCH_DEADLINE_MS ?? 180_000)

interface Login { username: string; password: string; idNumber: string; material: string }

const server = spawn(process.execPath, ['--import', 'tsx', 'bench/siteServer.ts', String(SESSIONS)], { stdio: ['ignore', 'pipe', 'inherit'] })
const lines = createInterface({ input: server.stdout! })[Symbol.asyncIterator]()
const first = await new Promise<string>((resolve, reject) => {
  void lines.next().then((l) => resolve(l.value as string))
  server.once('exit', (code) => reject(new Error(`the bench site exited (${code}) before it was ready`)))
})
const { url, logins, applications } = JSON.parse(first) as { url: string; logins: Login[]; applications: number }

type Kind = 'pages' | 'api' | 'uploads'
interface Timed { kind: Kind; request: string; ms: number; ok: boolean; json?: any }

/** One trainee: a bearer session, a seeded think time, timed requests. */
class User {
  token = ''
  upload: { fileName: string; base64: string; declaredType: string } | null = null
  private state: number
  constructor(readonly login: Login, seed: number) { this.state = mix(seed) }
  /** An exponential think time of mean THINK_MS (mulberry32 draws, so every run offers the same load). */
  think(): Promise<void> {
    if (THINK_MS <= 0) return Promise.resolve()
    this.state = (this.state + 0x6d2b79f5) | 0
    let t = Math.imul(this.state ^ (this.state >>> 15), this.state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296
    return new Promise((resolve) => setTimeout(resolve, -Math.log(1 - u) * THINK_MS))
  }
  async request(kind: Kind, method: string, path: string, body?: unknown): Promise<Timed> {
    const t0 = performance.now()
    const request = `${method} ${path.replace(/\/\d+$/, '/:id')}`
    try {
      const res = await fetch(url + path, {
        method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined, redirect: 'manual',
      })
      const text = await res.text()
      const ms = performance.now() - t0
      // Only a 2xx counts: a page that redirects to the login (303) is an error, not a fast page.
      return { kind, request, ms, ok: res.status >= 200 && res.status < 300, json: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined }
    } catch {
      return { kind, request, ms: performance.now() - t0, ok: false }
    }
  }
}

const users = logins.map((l, i) => new User(l, 0xbe4c + i))
// Logging in and entering the portal are setup, not measured.
await Promise.all(users.map(async (u) => {
  const cap = await u.request('api', 'GET', '/api/captcha')
  const r = await u.request('api', 'POST', '/api/login', { username: u.login.username, password: u.login.password, captchaId: cap.json.id, captcha: '8888' })
  u.token = r.json.token
  const cap2 = await u.request('api', 'GET', '/api/captcha')
  await u.request('api', 'POST', '/api/portal/enter', { username: u.login.username, password: u.login.password, captchaId: cap2.json.id, captcha: '8888', idNumber: u.login.idNumber })
  // The scan the trainee's login sheet gives them to upload: their candidate's own diploma, within the cap.
  const scan = Buffer.from(await (await fetch(`${url}/training/handouts/${u.login.username.split('-')[0]}/fits.jpg`)).arrayBuffer())
  u.upload = { fileName: 'diploma.jpg', base64: scan.toString('base64'), declaredType: 'image/jpeg' }
}))
const scanKB = Math.round(users.reduce((n, u) => n + u.upload!.base64.length * 3 / 4, 0) / users.length / 1024)

/** One round of a trainee at the portal: look, upload the missing scan, look again, take it back. */
async function round(u: User, out: Timed[]): Promise<void> {
  const step = async (r: Promise<Timed>) => { const t = await r; out.push(t); await u.think(); return t }
  await step(u.request('pages', 'GET', '/portal'))
  await step(u.request('api', 'GET', '/api/portal'))
  const up = await step(u.request('uploads', 'POST', `/api/portal/materials/${u.login.material}`, u.upload))
  await step(u.request('pages', 'GET', '/apply'))
  await step(u.request('api', 'GET', '/api/applications'))
  if (up.json?.id) await step(u.request('uploads', 'DELETE', `/api/portal/images/${up.json.id}`))
  else out.push({ kind: 'uploads', request: 'DELETE /api/portal/images/:id', ms: 0, ok: false })
  await step(u.request('pages', 'GET', '/info'))
}

const MIX: Record<Kind, string> = {
  pages: 'pages (GET /portal, /apply, /info)',
  api: 'api (GET /api/portal, /api/applications)',
  uploads: `uploads (POST the login sheet's ${scanKB} KB JPEG diploma scan as JSON, DELETE it)`,
}

// One unmeasured round warms the JIT, as a server that has served its first pages is warm.
await Promise.all(users.map((u) => round(u, [])))
server.kill('SIGUSR2') // the measured phase starts (bench/siteServer.ts profiles it when asked)
const results: Timed[] = []
const clientCpu = process.cpuUsage()
const t0 = Date.now()
await Promise.all(users.map(async (u) => {
  // A class is found mid-work: the end of the warm-up would otherwise fire every session's request in the
  // same millisecond, which the burst line measures on its own.
  await u.think()
  for (let r = 0; r < ROUNDS && Date.now() - t0 < DEADLINE_MS; r++) await round(u, results)
}))
const seconds = (Date.now() - t0) / 1000
const clientCpuMs = ((u) => (u.user + u.system) / 1000)(process.cpuUsage(clientCpu))
// The trainer says "everyone, open 上传相关材料 now": every session asks for the portal page in the same instant.
const burst = await Promise.all(users.map((u) => u.request('pages', 'GET', '/portal')))
server.kill('SIGTERM')
const { cpuMs: serverCpuMs } = JSON.parse((await lines.next()).value as string) as { cpuMs: number }
const cpuMs = serverCpuMs * results.length / (results.length + burst.length) // the mix's share, the burst's requests apart

const think = THINK_MS > 0 ? `think time exponential, mean ${THINK_MS} ms` : 'no think time (flat out)'
console.log(`class mix: a class of ${SESSIONS} (${applications} applications on the site), ${SESSIONS} concurrent sessions, each one request at a time, ${think}; ${results.length} requests in ${seconds.toFixed(1)} s = ${(results.length / seconds).toFixed(0)} requests/s offered`)
// CPU per request is what the site costs whatever else runs on the machine; latency is not.
console.log(`server CPU: ${(cpuMs / results.length).toFixed(2)} ms per request (${(cpuMs / 10 / seconds).toFixed(0)}% of one core at this rate); the load script's own: ${(clientCpuMs / results.length).toFixed(2)} ms (${(clientCpuMs / 10 / seconds).toFixed(0)}%)`)
let failed = false
for (const kind of ['pages', 'api', 'uploads'] as const) {
  const mine = results.filter((r) => r.kind === kind)
  const times = mine.map((r) => r.ms).sort((a, b) => a - b)
  const errors = mine.filter((r) => !r.ok).length
  console.log(`${MIX[kind]}: ${SESSIONS} concurrent, ${mine.length} requests (${(mine.length / seconds).toFixed(0)}/s), p50 ${quantile(times, 0.5).toFixed(1)} ms, p99 ${quantile(times, 0.99).toFixed(1)} ms, errors ${errors}`)
  if (errors) failed = true
}
// Per request, the figures behind each mix line ("per page and per API call").
const summary = (times: number[]) => { const t = [...times].sort((a, b) => a - b); return `p50 ${quantile(t, 0.5).toFixed(1)} ms, p99 ${quantile(t, 0.99).toFixed(1)} ms` }
for (const request of [...new Set(results.map((r) => r.request))]) {
  const mine = results.filter((r) => r.request === request)
  console.log(`  ${request}: ${mine.length} requests, ${summary(mine.map((r) => r.ms))}, errors ${mine.filter((r) => !r.ok).length}`)
}
const burstErrors = burst.filter((r) => !r.ok).length
console.log(`burst (every session GETs /portal at the same instant, not part of the mix): ${SESSIONS} concurrent, ${SESSIONS} requests, ${summary(burst.map((r) => r.ms))}, max ${Math.max(...burst.map((r) => r.ms)).toFixed(1)} ms, errors ${burstErrors}`)
if (burstErrors) failed = true
if (Date.now() - t0 >= DEADLINE_MS) console.log(`(stopped at the ${DEADLINE_MS / 1000} s deadline)`)
process.exitCode = failed ? 1 : 0
