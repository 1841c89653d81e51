import type { PaymentCallback } from './contracts.ts'
import type { MockOptions } from './options.ts'
import type { Delivery } from './state.ts'
import { pause } from './context.ts'

/** How the gateway delivers one callback: now, later, several times, or never. */
export type CallbackPolicy = 'once' | 'late' | 'repeated' | 'lost'

/** Sends a request past any in-process interception (MSW's bypass() in-process, plain fetch standalone). */
export type Deliver = (request: Request) => Promise<Response>

/** Sends the gateway's callbacks to notifyUrls and lets a test or trainer wait for them or hurry them. */
export interface CallbackDispatcher {
  /** Starts delivering `callback` to `url` under `policy`; does not wait. */
  send(url: string, callback: PaymentCallback, policy: CallbackPolicy): void
  /** Sends every held (late) callback now. */
  flush(): void
  /** How many late callbacks are held. */
  held(): number
  /** Resolves when nothing is held or in flight (a late callback is waited for unless flushed). */
  idle(): Promise<void>
  /** Drops held callbacks and stops retries. */
  dispose(): void
}

export interface DispatcherDeps {
  options: Pick<MockOptions, 'lateMs' | 'repeatCount' | 'callbackAttempts' | 'retryDelayMs'>
  log: Delivery[]
  deliver: Deliver
  signal: AbortSignal
}

/** A dispatcher that logs every delivery attempt in `log`. */
export function createCallbackDispatcher({ options, log, deliver, signal }: DispatcherDeps): CallbackDispatcher {
  const inflight = new Set<Promise<void>>()
  const held = new Map<NodeJS.Timeout, () => void>()

  const track = (p: Promise<void>) => { inflight.add(p); void p.finally(() => inflight.delete(p)) }

  // One callback, retried until the receiver answers 2xx or the attempts run out.
  async function deliverOne(url: string, callback: PaymentCallback): Promise<void> {
    for (let attempt = 1; attempt <= options.callbackAttempts && !signal.aborted; attempt++) {
      const entry: Delivery = { callback, url, attempt, status: null }
      try {
        const res = await deliver(new Request(url, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(callback),
        }))
        await res.arrayBuffer()
        entry.status = res.status
      } catch (err) {
        entry.error = err instanceof Error ? err.message : String(err)
      }
      log.push(entry)
      if (entry.status !== null && entry.status >= 200 && entry.status < 300) return
      if (attempt < options.callbackAttempts) await pause(options.retryDelayMs, signal)
    }
  }

  async function repeated(url: string, callback: PaymentCallback): Promise<void> {
    for (let i = 0; i < options.repeatCount; i++) await deliverOne(url, callback)
  }

  const self: CallbackDispatcher = {
    send(url, callback, policy) {
      if (policy === 'lost') {
        log.push({ callback, url, attempt: 0, status: null, error: 'dropped by scenario payment-callback-lost' })
        return
      }
      if (policy === 'late') {
        const fire = () => { clearTimeout(timer); held.delete(timer); track(deliverOne(url, callback)) }
        const timer = setTimeout(fire, options.lateMs)
        timer.unref?.()
        held.set(timer, fire)
        return
      }
      // Asynchronous like a real gateway: the pay answer does not wait for the site's acknowledgement.
      track(Promise.resolve().then(() => (policy === 'repeated' ? repeated(url, callback) : deliverOne(url, callback))))
    },
    flush() { for (const fire of [...held.values()]) fire() },
    held: () => held.size,
    async idle() {
      while (inflight.size > 0 || held.size > 0) {
        if (inflight.size > 0) await Promise.allSettled([...inflight])
        else await new Promise((r) => setTimeout(r, 5))
      }
    },
    dispose() { for (const t of held.keys()) clearTimeout(t); held.clear() },
  }
  return self
}
