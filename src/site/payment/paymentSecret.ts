import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** File in the data folder that keeps the gateway's callback secret across restarts. */
export const PAYMENT_SECRET_FILE = 'payment-secret'

/**
 * The secret that signs the payment gateway's callbacks for a data folder: the one given (stored
 * for the next start), else the stored one, else a fresh 256-bit one written at first start (mode 0600).
 */
export function paymentSecretOf(dataDir: string, given?: string): string {
  const file = join(dataDir, PAYMENT_SECRET_FILE)
  if (given !== undefined) {
    if (given.length < 16) throw new Error('payment secret: at least 16 characters')
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, given, { mode: 0o600 })
    return given
  }
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const fresh = randomBytes(32).toString('base64url')
  writeFileSync(file, fresh, { mode: 0o600, flag: 'wx' })
  return fresh
}
