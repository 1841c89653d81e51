import http from 'node:http'
import https from 'node:https'

// The site's JSON client sends its requests with Node's http module, as it was when this module first
// loaded. The in-process mocks (mocks/startMocks.ts) patch the process's fetch and http.request so
// that MSW sees every request; a call to the site on loopback would go through MSW's interceptor only
// to be let through, at about twice the CPU of the call itself (npm run bench:suite). Fixtures load
// this module before any mocks start. (Loaded after, it gets the patched functions: still correct,
// only slower.) http.request rather than fetch: a third less CPU per call again.

const senders = { 'http:': http.request, 'https:': https.request }
const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) }

/** An HTTP answer: the status and the body as text. */
export interface DirectAnswer { status: number; text: string }

/** Sends one request past the mocks' interceptors; the body is sent as given. */
export function directRequest(url: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<DirectAnswer> {
  const target = new URL(url)
  const protocol = target.protocol as keyof typeof senders
  if (!(protocol in senders)) return Promise.reject(new Error(`${url}: only http: and https: URLs can be called`))
  return new Promise((resolve, reject) => {
    const headers = init.body === undefined ? init.headers : { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) }
    const req = senders[protocol](target, { method: init.method, headers, agent: agents[protocol] }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(init.body)
  })
}
