import { expect, test } from 'vitest'
import { hashSecret, verifySecret } from '../../src/site/auth/password.ts'

test('the default hash is scrypt at Node’s cost; the fast one (fixtures only) says so in its scheme', () => {
  expect(hashSecret('Abc12345')).toMatch(/^scrypt\$/)
  expect(hashSecret('Abc12345', true)).toMatch(/^scrypt-fast\$/)
})

test('either kind verifies the secret and nothing else, whatever mode the site runs in', () => {
  for (const stored of [hashSecret('Abc12345'), hashSecret('Abc12345', true)]) {
    expect(verifySecret('Abc12345', stored)).toBe(true)
    expect(verifySecret('abc12345', stored)).toBe(false)
  }
  expect(verifySecret('Abc12345', 'md5$x$y')).toBe(false)
})
