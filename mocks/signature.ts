import { createHmac, timingSafeEqual } from 'node:crypto'
import type { PaymentCallback } from './contracts.ts'

// The gateway signs each callback so the site can refuse forged ones (a real gateway does the same).

/** Shared secret of the mock gateway unless configured otherwise. */
export const DEFAULT_PAYMENT_SECRET = 'baoming-mock-gateway-secret'

/** Hex HMAC-SHA256 of a callback's fields, in the order PaymentCallback.signature documents. */
export function signCallback(cb: Omit<PaymentCallback, 'signature'>, secret: string = DEFAULT_PAYMENT_SECRET): string {
  const text = [cb.orderId, cb.status, cb.amount, cb.channel ?? '', cb.tradeNo ?? '', cb.at].join('|')
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex')
}

/** True when the callback's signature is the one the secret gives. */
export function verifyCallback(cb: PaymentCallback, secret: string = DEFAULT_PAYMENT_SECRET): boolean {
  const want = Buffer.from(signCallback(cb, secret), 'hex')
  const got = Buffer.from(cb.signature, 'hex')
  return got.length === want.length && timingSafeEqual(got, want)
}
