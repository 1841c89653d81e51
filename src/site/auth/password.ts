import { randomBytes, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt with the Node defaults (N=16384, r=8, p=1) and a 16-byte salt; stored as scrypt$salt$hash.
// A site started with `fastHash` (the conformance fixtures only, never the default) stores
// scrypt-fast$salt$hash with a tiny cost: hundreds of registrations a minute on a 2-core machine.
// The scheme is stored with the hash, so either kind verifies under either mode.
const KEY_LEN = 32
const COST: Record<string, ScryptOptions> = { scrypt: {}, 'scrypt-fast': { N: 16, r: 1, p: 1 } }

/** Hashes a secret (password or recovery answer) with a fresh salt; `fast` only for test sites. */
export function hashSecret(secret: string, fast = false): string {
  const scheme = fast ? 'scrypt-fast' : 'scrypt'
  const salt = randomBytes(16)
  return `${scheme}$${salt.toString('base64')}$${scryptSync(secret, salt, KEY_LEN, COST[scheme]).toString('base64')}`
}

/** Whether a secret matches a stored hash; compares in constant time. */
export function verifySecret(secret: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$')
  const cost = scheme ? COST[scheme] : undefined
  if (!cost || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const actual = scryptSync(secret, Buffer.from(salt, 'base64'), expected.length, cost)
  return timingSafeEqual(actual, expected)
}
