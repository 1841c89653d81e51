import http from 'node:http'
import https from 'node:https'

// How the site's JSON client reaches the site. Over HTTP, with Node's http module as it was when
// this module first loaded. The in-process mocks (mocks/startMocks.ts) patch the process's fetch and
// http.request so that MSW sees every request; a call to the site on loopback would go through MSW's interceptor only
// to be let through, at about twice the CPU of the call itself (npm run bench:suite). Fixtures load
// this module before any mocks start. (Loaded after, it gets the patched functions: still correct,
// only slower.) http.request rather than fetch: a third less CPU per call again.

const senders = { 'http:': http.request, 'https:': https.request }

/** An HTTP answer: the status and the body as text. */
export interface DirectAnswer { status: number; text: string }

/** How a client sends one request: the full URL, the method, headers and body as text. */
export type Transport = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<DirectAnswer>

/**
 * Hands each request to the site's own Fetch handler in this process (what its HTTP server calls):
 * the same routes, middleware and checks without the socket, at about half the CPU of a loopback
 * HTTP call (npm run bench:suite). For harness code running beside the site it started.
 */
export function inProcess(handle: (request: Request) => Promise<Response>): Transport {
  return async (url, init) => {
    const res = await handle(new Request(url, init))
    return { status: res.status, text: await res.text() }
  }
}

/** Sends one request over HTTP, past the mocks' interceptors; the body is sent as given. */
export const overHttp: Transport = (url, init) => {
  const target = new URL(url)
  const protocol = target.protocol as keyof typeof senders
  if (!(protocol in senders)) return Promise.reject(new Error(`${url}: only http: and https: URLs can be called`))
  return new Promise((resolve, reject) => {
    const headers = init.body === undefined ? init.headers : { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) }
    // A connection per request: a pooled one can be closed by the server just as it is reused.
    const req = senders[protocol](target, { method: init.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(init.body)
  })
}
