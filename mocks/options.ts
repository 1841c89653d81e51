import { DEFAULT_MOCK_ORIGIN } from './contracts.ts'
import { DEFAULT_PAYMENT_SECRET } from './signature.ts'

/** Knobs of the mock services; every delay is bounded so no test or trainer waits forever. */
export interface MockOptions {
  /** Origin the services answer on; each service lives at `${origin}/${service}`. */
  origin: string
  /** Shared secret that signs payment callbacks. */
  secret: string
  /** How long a `*-timeout` scenario holds a request before answering 504. */
  timeoutMs: number
  /** How long `payment-callback-late` holds the callback (flushable earlier from the admin API). */
  lateMs: number
  /** How many identical callbacks `payment-callback-repeated` sends. */
  repeatCount: number
  /** A callback the receiver did not acknowledge with 2xx is retried this many times in all. */
  callbackAttempts: number
  /** Pause between two delivery attempts of one callback. */
  retryDelayMs: number
  /** A 学信网 report is valid this many months after it was issued (issue 4: "older than 6 months"). */
  educationValidityMonths: number
}

/** Defaults for a trainer's standalone server; tests pass small delays. */
export const DEFAULT_OPTIONS: MockOptions = {
  origin: DEFAULT_MOCK_ORIGIN,
  secret: DEFAULT_PAYMENT_SECRET,
  timeoutMs: 15_000,
  lateMs: 30_000,
  repeatCount: 3,
  callbackAttempts: 3,
  retryDelayMs: 1_000,
  educationValidityMonths: 6,
}
