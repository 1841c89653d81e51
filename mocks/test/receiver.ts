import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A stand-in for the site's notify endpoint: records every POST body, answers from a status script. */
export async function startReceiver(statuses: number[] = []) {
  const bodies: unknown[] = []
  const waiters: { n: number; resolve: () => void }[] = []
  const server = createServer((req, res) => {
    let text = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => { text += c })
    req.on('end', () => {
      bodies.push(JSON.parse(text))
      res.statusCode = statuses.shift() ?? 200
      res.end('success')
      for (const w of waiters.filter((w) => bodies.length >= w.n)) { waiters.splice(waiters.indexOf(w), 1); w.resolve() }
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/pay/notify`,
    bodies,
    /** Resolves once `n` callbacks have arrived. */
    received: (n: number) => new Promise<void>((resolve) => (bodies.length >= n ? resolve() : waiters.push({ n, resolve }))),
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) }),
  }
}

/** A fixed instant for every test: 2026-03-01 10:00 in China. */
export const NOW = () => new Date('2026-03-01T02:00:00Z')

/** A valid GB 11643 resident ID (the standard's own example). */
export const ID = '11010519491231002X'

/** POSTs JSON and returns status and parsed body. */
export async function post(url: string, body: unknown, init: RequestInit = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), redirect: 'manual', ...init })
  const text = await res.text()
  let json: any
  try { json = JSON.parse(text) } catch { json = text }
  return { status: res.status, body: json, headers: res.headers }
}
