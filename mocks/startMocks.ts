import { bypass, type HttpHandler } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'
import type { Service } from './contracts.ts'
import type { CallbackDispatcher } from './callbacks.ts'
import { createMockContext, type MockSetup } from './createMockContext.ts'
import type { MockContext } from './context.ts'
import { allHandlers } from './handlers/index.ts'
import { parseScenarioNames, scenarioHandlers, type ScenarioName } from './scenarios.ts'
import type { MockState } from './state.ts'

// In-process mocks for the reference site and for tests: MSW intercepts the process's own fetch calls
// to the service URLs. Requests to loopback hosts (the site itself, a test's callback receiver) are
// left alone; any other unhandled request is an error, so nothing ever reaches a real network.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** Running in-process mocks. */
export interface Mocks {
  server: SetupServer
  state: MockState
  urls: Record<Service, string>
  ctx: MockContext
  callbacks: CallbackDispatcher
  /** One scenario's handlers, always on: `mocks.server.use(...mocks.scenario('identity-timeout'))`. */
  scenario(name: ScenarioName): HttpHandler[]
  /** Replaces the set of switched-on scenarios (what the admin endpoint and `--scenario` do). */
  useScenarios(names: readonly string[]): void
  /** Stops intercepting, drops held callbacks and ends held requests. */
  close(): void
}

/** Starts MSW in this process with every service, the admin endpoints and the named scenarios switched on. */
export function startMocks(setup: MockSetup & { scenarios?: readonly string[] } = {}): Mocks {
  // Callbacks to the site's notifyUrl must go out for real, past MSW.
  const ctx = createMockContext({ deliver: (r) => fetch(bypass(r)), ...setup })
  const server = setupServer(...allHandlers(ctx))
  const useScenarios = (names: readonly string[]) => {
    const valid = parseScenarioNames(names)
    ctx.state.scenarios.clear()
    for (const n of valid) ctx.state.scenarios.add(n)
  }
  useScenarios(setup.scenarios ?? [])
  server.listen({
    onUnhandledRequest(request, print) {
      if (!LOOPBACK.has(new URL(request.url).hostname)) print.error()
    },
  })
  return {
    server, ctx, useScenarios,
    state: ctx.state,
    urls: ctx.urls,
    callbacks: ctx.callbacks,
    scenario: (name) => scenarioHandlers(ctx, name),
    close() { ctx.close(); server.close() },
  }
}
