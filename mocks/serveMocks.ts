import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { getResponse, type HttpHandler } from 'msw'
import type { Service } from './contracts.ts'
import { createMockContext, type MockSetup } from './createMockContext.ts'
import type { MockContext } from './context.ts'
import { allHandlers } from './handlers/index.ts'
import { errorResponse } from './respond.ts'
import { parseScenarioNames } from './scenarios.ts'

// The same MSW handlers over real HTTP, for a team whose own system must call the services. MSW's
// getResponse() resolves a Fetch Request against the handlers; @hono/node-server turns Node's HTTP
// into Fetch Requests and back. Every request is re-addressed to the public origin first, so the
// handlers match whatever host name the caller used.

/** Where and how to listen. */
export interface ServeOptions extends MockSetup {
  /** 0 picks a free port. */
  port: number
  /** 127.0.0.1 unless told otherwise: the admin endpoints have no authentication. */
  host?: string
  /** The origin callers and browsers use (payUrl is built on it); default http://host:port. */
  publicUrl?: string
  scenarios?: readonly string[]
}

/** A listening standalone mock server. */
export interface MockServer {
  origin: string
  urls: Record<Service, string>
  ctx: MockContext
  close(): Promise<void>
}

/** Starts the standalone server and resolves once it listens. */
export async function serveMocks(opts: ServeOptions): Promise<MockServer> {
  const host = opts.host ?? '127.0.0.1'
  const scenarios = parseScenarioNames(opts.scenarios ?? [])
  let handlers: HttpHandler[] = []
  let origin = ''
  const server = serve({
    hostname: host,
    port: opts.port,
    fetch: async (incoming: Request) => {
      const from = new URL(incoming.url)
      const body = incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : await incoming.arrayBuffer()
      const request = new Request(`${origin}${from.pathname}${from.search}`, { method: incoming.method, headers: incoming.headers, body })
      // allHandlers ends in a catch-all 404, so this only misses before the handlers are in place.
      return (await getResponse(handlers, request)) ?? errorResponse(503, 'starting', '模拟服务正在启动')
    },
  })
  await new Promise<void>((resolve, reject) => {
    if (server.listening) return resolve()
    server.once('listening', () => resolve())
    server.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  origin = (opts.publicUrl ?? `http://${shownHost}:${port}`).replace(/\/+$/, '')
  const ctx = createMockContext({ ...opts, options: { ...opts.options, origin } })
  for (const n of scenarios) ctx.state.scenarios.add(n)
  handlers = allHandlers(ctx)
  return {
    origin, ctx, urls: ctx.urls,
    close: () => new Promise<void>((resolve, reject) => {
      ctx.close()
      server.close((err) => (err ? reject(err) : resolve()))
      ;(server as { closeAllConnections?: () => void }).closeAllConnections?.()
    }),
  }
}
