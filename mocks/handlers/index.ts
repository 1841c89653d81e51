import type { HttpHandler } from 'msw'
import type { MockContext } from '../context.ts'
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

/** Everything a mock server answers: switchable scenarios first, then the happy path, then admin. */
export function allHandlers(ctx: MockContext): HttpHandler[] {
  return [...switchableScenarioHandlers(ctx), ...happyHandlers(ctx), ...adminHandlers(ctx)]
}
