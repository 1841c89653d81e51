// npm run bench:site — a class browsing and uploading at once: N trainees (default 50), each with their own
// session, against the reference site on 127.0.0.1 in a process of its own (bench/siteServer.ts). The load
// is a short script on Node's fetch (undici, the HTTP client Node ships): each session is a sequential user
// with its own cookie, which a load tool hammering one URL (autocannon) does not model, and nothing new is
// installed. Per mix it prints the requests, p50/p99 latency, the concurrency and the errors.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { documentFile, drawMaterial } from '../src/generator/images/documentImage.ts'
import { candidateExample } from '../src/rules/examples.ts'
import { ctxFor } from '../src/rules/rule.ts'
import { quantile } from './quantile.ts'

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 50)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10)
const DEADLINE_MS = Number(process.env.BENCH_DEADLINE_MS ?? 120_000)

interface Login { username: string; password: string; idNumber: string; material: string }

const server = spawn(process.execPath, ['--import', 'tsx', 'bench/siteServer.ts', String(SESSIONS)], { stdio: ['ignore', 'pipe', 'inherit'] })
const first = await new Promise<string>((resolve, reject) => {
  createInterface({ input: server.stdout! }).once('line', resolve)
  server.once('exit', (code) => reject(new Error(`the bench site exited (${code}) before it was ready`)))
})
const { url, logins } = JSON.parse(first) as { url: string; logins: Login[] }
const started = Date.now()

/** One user: a bearer session, timed requests. */
class User {
  token = ''
  constructor(readonly login: Login) {}
  async request(method: string, path: string, body?: unknown): Promise<{ ms: number; ok: boolean; json?: any }> {
    const t0 = performance.now()
    try {
      const res = await fetch(url + path, {
        method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined, redirect: 'manual',
      })
      const text = await res.text()
      const ms = performance.now() - t0
      const ok = res.status < 400
      return { ms, ok, json: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined }
    } catch {
      return { ms: performance.now() - t0, ok: false }
    }
  }
}

const users = logins.map((l) => new User(l))
// Logging in and entering the portal are setup, not measured.
await Promise.all(users.map(async (u) => {
  const cap = await u.request('GET', '/api/captcha')
  const r = await u.request('POST', '/api/login', { username: u.login.username, password: u.login.password, captchaId: cap.json.id, captcha: '8888' })
  u.token = r.json.token
  const cap2 = await u.request('GET', '/api/captcha')
  await u.request('POST', '/api/portal/enter', { username: u.login.username, password: u.login.password, captchaId: cap2.json.id, captcha: '8888', idNumber: u.login.idNumber })
}))

const c = candidateExample('fresh-graduate', ctxFor('hubei-2026'))
const scan = documentFile(drawMaterial('diploma', c, 420, { today: '2026-01-15' }), 200 * 1024)
const upload = { fileName: `scan.${scan.format === 'png' ? 'png' : 'jpg'}`, base64: scan.data.toString('base64'), declaredType: `image/${scan.format}` }

type Step = (u: User) => Promise<{ ms: number; ok: boolean }[]>
const MIXES: [string, Step][] = [
  ['pages (/apply, /portal, /info)', async (u) => [await u.request('GET', '/apply'), await u.request('GET', '/portal'), await u.request('GET', '/info')]],
  ['api (GET /api/portal, /api/applications)', async (u) => [await u.request('GET', '/api/portal'), await u.request('GET', '/api/applications')]],
  [`uploads (POST a ${Math.round(scan.data.length / 1024)} KB scan, then DELETE it)`, async (u) => {
    const up = await u.request('POST', `/api/portal/materials/${u.login.material}`, upload)
    const del = up.json?.id ? await u.request('DELETE', `/api/portal/images/${up.json.id}`) : { ms: 0, ok: false }
    return [up, del]
  }],
]

let failed = false
for (const [name, step] of MIXES) {
  const times: number[] = []
  let errors = 0
  const t0 = Date.now()
  await Promise.all(users.map(async (u) => {
    for (let r = 0; r < ROUNDS && Date.now() - started < DEADLINE_MS; r++) {
      for (const res of await step(u)) { times.push(res.ms); if (!res.ok) errors++ }
    }
  }))
  times.sort((a, b) => a - b)
  const p99 = quantile(times, 0.99)
  console.log(`${name}: ${SESSIONS} concurrent, ${times.length} requests in ${((Date.now() - t0) / 1000).toFixed(1)} s, p50 ${quantile(times, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, errors ${errors}`)
  if (errors) failed = true
}
server.kill('SIGTERM')
if (Date.now() - started >= DEADLINE_MS) console.log(`(stopped at the ${DEADLINE_MS / 1000} s deadline)`)
process.exitCode = failed ? 1 : 0
