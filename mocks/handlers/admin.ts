import { http, HttpResponse } from 'msw'
import { z } from 'zod'
import { ADMIN_BASE, EducationReport, IdentityRecord, RegistryRecord } from '../contracts.ts'
import type { MockContext } from '../context.ts'
import { parseBody } from '../respond.ts'
import { parseScenarioNames, SCENARIOS } from '../scenarios.ts'

// Admin endpoints for trainers and for a team's own test setup against the standalone server.

const SEEDABLE = { identity: IdentityRecord, education: EducationReport, registry: RegistryRecord } as const
const ScenarioSwitch = z.object({ active: z.array(z.string()) })

/** The admin routes and what each does, for the CLI banner and GET {origin}/__admin. */
export const ADMIN_ROUTES = [
  ['GET', '/scenarios', 'active and available scenarios'],
  ['PUT', '/scenarios', 'switch scenarios: {"active":["identity-timeout"]}'],
  ['POST', '/reset', 'forget seeded records, orders, messages and scenarios'],
  ['POST', '/seed/identity', 'add IdentityRecord(s)'],
  ['POST', '/seed/education', 'add EducationReport(s)'],
  ['POST', '/seed/registry', 'add RegistryRecord(s)'],
  ['GET', '/payment', 'orders and every callback delivery attempt'],
  ['POST', '/payment/flush', 'send held (late) callbacks now'],
] as const

/** GET/PUT scenarios, reset, seeding and the payment log under `${origin}/__admin`. */
export function adminHandlers(ctx: MockContext) {
  const base = `${ctx.options.origin}${ADMIN_BASE}`
  const { state } = ctx
  const scenarioView = () => ({
    active: [...state.scenarios],
    available: [...SCENARIOS.values()].map(({ name, service, summary }) => ({ name, service, summary })),
  })
  return [
    http.get(base, () => HttpResponse.json({ routes: ADMIN_ROUTES.map(([method, path, does]) => ({ method, url: `${base}${path}`, does })) })),
    http.get(`${base}/scenarios`, () => HttpResponse.json(scenarioView())),
    http.put(`${base}/scenarios`, async ({ request }) => {
      const body = await parseBody(request, ScenarioSwitch)
      if (!body.ok) return body.response
      let names
      try { names = parseScenarioNames(body.data.active) } catch (err) {
        return HttpResponse.json({ error: 'unknown-scenario', message: (err as Error).message }, { status: 400 })
      }
      state.scenarios.clear()
      for (const n of names) state.scenarios.add(n)
      return HttpResponse.json(scenarioView())
    }),
    http.post(`${base}/reset`, () => { state.reset(); ctx.callbacks.dispose(); ctx.clock.reset(); return HttpResponse.json({ reset: true }) }),
    ...(Object.keys(SEEDABLE) as (keyof typeof SEEDABLE)[]).map((kind) =>
      http.post(`${base}/seed/${kind}`, async ({ request }) => {
        const schema = SEEDABLE[kind]
        const body = await parseBody(request, z.union([schema, z.array(schema)]))
        if (!body.ok) return body.response
        const added = (state[kind].add as (r: unknown) => unknown[])(body.data)
        return HttpResponse.json({ added: added.length }, { status: 201 })
      })),
    http.get(`${base}/payment`, () => HttpResponse.json({
      orders: [...state.payment.orders.values()], deliveries: state.payment.deliveries, held: ctx.callbacks.held(),
    })),
    http.post(`${base}/payment/flush`, () => { const n = ctx.callbacks.held(); ctx.callbacks.flush(); return HttpResponse.json({ flushed: n }) }),
  ]
}
