import { http, type HttpHandler } from 'msw'
import type { MockContext } from '../context.ts'
import { errorResponse } from '../respond.ts'
import { switchableScenarioHandlers } from '../scenarios.ts'
import { adminHandlers } from './admin.ts'
import { educationHandlers } from './education.ts'
import { identityHandlers } from './identity.ts'
import { paymentHandlers } from './payment.ts'
import { registryHandlers } from './registry.ts'
import { smsHandlers } from './sms.ts'

/** The happy path of every service. */
export function happyHandlers(ctx: MockContext): HttpHandler[] {
  return [identityHandlers, educationHandlers, registryHandlers, paymentHandlers, smsHandlers].flatMap((h) => h(ctx))
}

/** Everything a mock server answers: switchable scenarios first, then the happy path, admin, and a 404 for the rest. */
export function allHandlers(ctx: MockContext): HttpHandler[] {
  return [...switchableScenarioHandlers(ctx), ...happyHandlers(ctx), ...adminHandlers(ctx), notFound(ctx)]
}

// A switched-off scenario still "matches" in MSW's eyes, and MSW passes such requests through to the
// network instead of calling onUnhandledRequest: answer every other path under the origin here.
function notFound(ctx: MockContext): HttpHandler {
  return http.all(`${ctx.options.origin}/*`, ({ request }) =>
    errorResponse(404, 'no-such-endpoint', `没有这个模拟服务接口：${request.method} ${new URL(request.url).pathname}（见 ${ctx.options.origin}/__admin）`))
}
