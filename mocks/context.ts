import type { Service } from './contracts.ts'
import type { MockClock } from './clock.ts'
import type { MockOptions } from './options.ts'
import type { MockState } from './state.ts'
import type { CallbackDispatcher } from './callbacks.ts'

/** What every handler needs: where the services live, what they know, the clock and the callback sender. */
export interface MockContext {
  options: MockOptions
  urls: Record<Service, string>
  state: MockState
  clock: MockClock
  callbacks: CallbackDispatcher
  /** Aborted when the mocks close, so held (timeout) requests and retries end at once. */
  signal: AbortSignal
}

/** Waits `ms`, or less when `signals` abort; never longer. */
export function pause(ms: number, ...signals: (AbortSignal | undefined)[]): Promise<void> {
  const live = signals.filter((s): s is AbortSignal => s !== undefined)
  return new Promise((resolve) => {
    if (live.some((s) => s.aborted)) return resolve()
    const done = () => { clearTimeout(timer); for (const s of live) s.removeEventListener('abort', done); resolve() }
    const timer = setTimeout(done, ms)
    timer.unref?.()
    for (const s of live) s.addEventListener('abort', done, { once: true })
  })
}
