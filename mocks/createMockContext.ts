import { serviceUrls } from './contracts.ts'
import { createCallbackDispatcher, type Deliver } from './callbacks.ts'
import { createClock } from './clock.ts'
import type { MockContext } from './context.ts'
import { DEFAULT_OPTIONS, type MockOptions } from './options.ts'
import { createMockState } from './state.ts'

/** How to build the mocks: options, a fixed clock for tests, and how callbacks leave the process. */
export interface MockSetup {
  options?: Partial<MockOptions>
  /** The current instant (default: the wall clock). */
  now?: () => Date
  deliver?: Deliver
}

/** A fresh context: empty state, the given clock and options; `close()` ends held requests and callbacks. */
export function createMockContext(setup: MockSetup = {}): MockContext & { close(): void } {
  const options = { ...DEFAULT_OPTIONS, ...setup.options }
  options.origin = options.origin.replace(/\/+$/, '')
  const state = createMockState()
  const closing = new AbortController()
  const callbacks = createCallbackDispatcher({
    options, log: state.payment.deliveries, deliver: setup.deliver ?? ((r) => fetch(r)), signal: closing.signal,
  })
  return {
    options, state, callbacks,
    urls: serviceUrls(options.origin),
    clock: createClock(setup.now),
    signal: closing.signal,
    close() { callbacks.dispose(); closing.abort() },
  }
}
