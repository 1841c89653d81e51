import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { AddressInfo } from 'node:net'
import type { ProfileId } from '../rules/profiles.ts'
import type { AnyRule } from '../rules/rule.ts'
import type { Service } from '../../mocks/contracts.ts'
import { createClock, type Clock } from './clock.ts'
import { openDatabase } from './db/openDatabase.ts'
import { createServicesClient } from './services/servicesClient.ts'
import { createSiteContext, type SiteContext } from './siteContext.ts'
import type { CaptchaMode } from './auth/captchas.ts'
import { csrfMiddleware, sessionMiddleware } from './routes/sessionMiddleware.ts'
import { accountRoutes } from './routes/accountRoutes.ts'
import { infoRoutes } from './routes/infoRoutes.ts'
import { applyRoutes } from './routes/applyRoutes.ts'
import { apiRoutes } from './routes/apiRoutes.ts'
import type { Env } from './routes/env.ts'
import { partTwoApi } from './routes/partTwoApi.ts'
import { portalRoutes } from './routes/portalRoutes.ts'
import { reviewRoutes } from './routes/reviewRoutes.ts'
import { gatewayRoutes, paymentRoutes } from './routes/paymentRoutes.ts'
import { adminRoutes } from './routes/adminRoutes.ts'
import { bodyCaps, contentSecurityPolicy, crossSiteRefusal } from './routes/requestGuards.ts'
import { staticRoutes } from './routes/staticRoutes.ts'
import { photoToolRoutes } from './routes/photoToolRoutes.ts'

export interface SiteOptions {
  profile: ProfileId
  /** Folder of the SQLite database and the uploaded files; survives restarts. */
  dataDir: string
  /** ISO instant to freeze the clock at, or a Clock to share with tests. */
  now?: string | Clock
  port?: number
  host?: string
  /** Base URL of each external service (the in-process mocks' by default). */
  services: Record<Service, string>
  /** Milliseconds before an external call counts as failed. */
  serviceTimeoutMs?: number
  captcha?: CaptchaMode
  /** Secret the payment gateway signs its callbacks with (default: one generated for the data folder at first start, see paymentSecretOf). */
  paymentSecret?: string
  /** Named defects switched on (see DESIGN.md, seeded defects). */
  defects?: readonly string[]
  /** The rules the server enforces (default: the catalogue); the seam for defects that drop a check. */
  rules?: readonly AnyRule[]
  /** Test mode only, never the default: scrypt with a tiny cost, so fixtures can register hundreds of accounts fast. */
  fastHash?: boolean
  /** What session lifetimes are measured on (default: real time; the site's clock never logs anyone out). */
  sessionClock?: Clock
}

/** A running reference site. */
export interface Site {
  url: string
  site: SiteContext
  /** The site's Fetch handler, what its HTTP server calls: for callers in the same process. */
  handle(request: Request): Promise<Response>
  close(): Promise<void>
}

/** The Hono application of the reference site over a site context. */
export function createApp(site: SiteContext): Hono<Env> {
  const app = new Hono<Env>()
  app.use('*', contentSecurityPolicy(site))
  app.use('*', bodyCaps())
  app.route('/', staticRoutes())
  app.use('*', sessionMiddleware(site))
  app.use('*', crossSiteRefusal())
  app.route('/api', partTwoApi())
  app.route('/api', apiRoutes())
  app.route('/', gatewayRoutes())
  app.use('*', csrfMiddleware())
  app.route('/', accountRoutes())
  app.route('/', infoRoutes())
  app.route('/', paymentRoutes())
  app.route('/', applyRoutes())
  app.route('/', portalRoutes())
  app.route('/', reviewRoutes())
  app.route('/', adminRoutes())
  app.route('/', photoToolRoutes())
  app.onError((err, c) => {
    console.error(err)
    return c.text('系统繁忙，请稍后重试。', 500)
  })
  return app
}

/** Starts the reference site on host:port (port 0: any free port) over dataDir. */
export async function createSite(o: SiteOptions): Promise<Site> {
  const clock = typeof o.now === 'object' ? o.now : createClock(o.now ?? null)
  const db = openDatabase(o.dataDir)
  const site = createSiteContext({
    db, dataDir: o.dataDir, clock, profile: o.profile, captcha: o.captcha ?? 'svg', defects: o.defects ?? [], rules: o.rules, fastHash: o.fastHash, sessionClock: o.sessionClock,
    services: createServicesClient(o.services, o.serviceTimeoutMs), serviceUrls: o.services, paymentSecret: o.paymentSecret,
  })
  site.files.collectOrphans()
  const app = createApp(site)
  const host = o.host ?? '127.0.0.1'
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    // Keep Node's own Request/Response: the in-process mocks clone requests (msw bypass) with them.
    const s = serve({ fetch: app.fetch, port: o.port ?? 0, hostname: host, overrideGlobalObjects: false }, () => resolve(s))
    s.once('error', (err) => { db.close(); reject(err) }) // a busy port: the caller says so instead of crashing
  })
  const { port } = server.address() as AddressInfo
  site.publicUrl = `http://${host}:${port}`
  return {
    url: site.publicUrl,
    site,
    handle: async (request) => app.fetch(request),
    close: () => new Promise<void>((resolve) => {
      if ('closeAllConnections' in server) server.closeAllConnections()
      server.close(() => { db.close(); resolve() })
    }),
  }
}
