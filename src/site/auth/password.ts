import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

// scrypt with the Node defaults (N=16384, r=8, p=1) and a 16-byte salt; stored as scrypt$salt$hash.
const KEY_LEN = 32

/** Hashes a secret (password or recovery answer) with a fresh salt. */
export function hashSecret(secret: string): string {
  const salt = randomBytes(16)
  return `scrypt$${salt.toString('base64')}$${scryptSync(secret, salt, KEY_LEN).toString('base64')}`
}

/** Whether a secret matches a stored hash; compares in constant time. */
export function verifySecret(secret: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const actual = scryptSync(secret, Buffer.from(salt, 'base64'), expected.length)
  return timingSafeEqual(actual, expected)
}
