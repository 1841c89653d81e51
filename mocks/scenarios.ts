import { http, type HttpHandler } from 'msw'
import { SERVICES, type Service } from './contracts.ts'
import { pause, type MockContext } from './context.ts'
import { errorResponse } from './respond.ts'
import { payActionHandlers, type PayBehaviour } from './handlers/payment.ts'

// Named faults. Each is a set of MSW handlers that sit in front of the happy path: a test installs one
// with server.use(...mocks.scenario(name)); a trainer or the standalone server switches them by name
// (state.scenarios), and a switched-off scenario falls through to the happy path.

/** Service-wide faults: every endpoint of the service misbehaves the same way. */
const SERVICE_FAULTS = {
  timeout: {
    summary: 'holds every request for timeoutMs (bounded), then answers 504',
    answer: async (ctx: MockContext, request: Request) => {
      await pause(ctx.options.timeoutMs, request.signal, ctx.signal)
      return errorResponse(504, 'upstream-timeout', '外部服务响应超时，请稍后重试')
    },
  },
  '5xx': {
    summary: 'answers 503 at once',
    answer: async () => errorResponse(503, 'service-unavailable', '外部服务暂时不可用，请稍后重试'),
  },
} as const
type FaultKind = keyof typeof SERVICE_FAULTS

/** Payment callback faults: the pay/cancel buttons behave differently. */
const CALLBACK_FAULTS = {
  'payment-callback-late': { summary: 'the callback arrives lateMs after paying (or when flushed)', behaviour: { payOutcome: 'paid', policy: 'late' } },
  'payment-callback-repeated': { summary: 'the same signed callback arrives repeatCount times', behaviour: { payOutcome: 'paid', policy: 'repeated' } },
  'payment-callback-failed': { summary: 'the bank refuses: the order ends failed and the callback says failed', behaviour: { payOutcome: 'failed', policy: 'once' } },
  'payment-callback-lost': { summary: 'the order is paid but no callback is ever sent (the site must query the status)', behaviour: { payOutcome: 'paid', policy: 'lost' } },
} as const satisfies Record<string, { summary: string; behaviour: PayBehaviour }>

export type ScenarioName = `${Service}-${FaultKind}` | keyof typeof CALLBACK_FAULTS

interface ScenarioDef {
  name: ScenarioName
  service: Service
  summary: string
  handlers(ctx: MockContext, when?: () => boolean): HttpHandler[]
}

/** Every scenario, by name. */
export const SCENARIOS: ReadonlyMap<ScenarioName, ScenarioDef> = new Map<ScenarioName, ScenarioDef>([
  ...SERVICES.flatMap((service) => (Object.keys(SERVICE_FAULTS) as FaultKind[]).map((kind): ScenarioDef => ({
    name: `${service}-${kind}`,
    service,
    summary: SERVICE_FAULTS[kind].summary,
    handlers: (ctx, when) => [http.all(`${ctx.urls[service]}/*`, ({ request }) =>
      when && !when() ? undefined : SERVICE_FAULTS[kind].answer(ctx, request))],
  }))),
  ...(Object.keys(CALLBACK_FAULTS) as (keyof typeof CALLBACK_FAULTS)[]).map((name): ScenarioDef => ({
    name,
    service: 'payment',
    summary: CALLBACK_FAULTS[name].summary,
    handlers: (ctx, when) => payActionHandlers(ctx, { ...CALLBACK_FAULTS[name].behaviour, when }),
  })),
].map((d) => [d.name, d]))

/** Every scenario name, in a stable order. */
export const SCENARIO_NAMES = [...SCENARIOS.keys()]

/** Checks names (e.g. from `--scenario a,b` or the admin API); throws naming the valid ones. */
export function parseScenarioNames(names: readonly string[]): ScenarioName[] {
  const bad = names.filter((n) => !SCENARIOS.has(n as ScenarioName))
  if (bad.length > 0) throw new Error(`unknown scenario ${bad.map((b) => `"${b}"`).join(', ')}; use any of: ${SCENARIO_NAMES.join(', ')}`)
  return [...new Set(names)] as ScenarioName[]
}

/** The handlers of one scenario, always on (for `server.use`). */
export function scenarioHandlers(ctx: MockContext, name: ScenarioName): HttpHandler[] {
  return SCENARIOS.get(name)!.handlers(ctx)
}

/** Every scenario's handlers, each active only while its name is in `ctx.state.scenarios`. */
export function switchableScenarioHandlers(ctx: MockContext): HttpHandler[] {
  return [...SCENARIOS.values()].flatMap((d) => d.handlers(ctx, () => ctx.state.scenarios.has(d.name)))
}
