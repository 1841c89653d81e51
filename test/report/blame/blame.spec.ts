import { test, expect, ruleTags } from '../../../fixtures/index.ts'
import { closedPort } from './closedPort.ts'

// Synthetic tests for test/report/blameRun.test.ts: each names real rules and fails (or not) in one way.
// They reach no target: the worker's target is never called (upAdapter.ts), or down (downAdapter.ts) for the @down test.

const A = 'ACCOUNT-PASSWORD-FORMAT'
const B = 'ACCOUNT-PASSWORD-CASE-SENSITIVE'
const C = 'ACCOUNT-RECOVERY-ANSWER-LENGTH'

test('one rule of three breaks', ruleTags([A, B, C], 'api'), async ({ checkRule }) => {
  await checkRule(A, async () => expect(1).toBe(1))
  await checkRule(B, async () => expect(2, 'B broke').toBe(3))
  await checkRule(C, async () => expect(3).toBe(3))
})

test('a soft assertion breaks one rule', ruleTags([A, B], 'api'), async ({ checkRule }) => {
  await checkRule(A, async () => { expect.soft(1, 'A soft').toBe(2) })
  await checkRule(B, async () => expect(2).toBe(2))
})

test('the target refuses the connection inside a rule step', ruleTags([A, B], 'api'), async ({ checkRule }) => {
  await checkRule(A, async () => expect(1).toBe(1))
  await checkRule(B, async () => { await fetch(`http://127.0.0.1:${await closedPort()}/`) })
})

test('a setup error before any rule step', ruleTags([A, B], 'api'), async ({ checkRule }) => {
  throw new Error('could not seed the candidate: 502 Bad Gateway')
  await checkRule(A, async () => expect(1).toBe(1))
})

test('a timeout in the second rule', ruleTags([A, C], 'api'), async ({ checkRule }) => {
  test.setTimeout(1500)
  await checkRule(A, async () => expect(1).toBe(1))
  await checkRule(C, () => new Promise(() => {}))
})

test('a plain single-rule test fails its assertion', ruleTags([C], 'api'), async () => {
  expect(1, 'C broke').toBe(2)
})

test('a capability the target lacks', ruleTags([C], 'api'), async () => {
  test.info().annotations.push({ type: 'not-applicable', description: 'the target has no account recovery' })
  test.skip(true, 'the target has no account recovery')
})

test('the target is down for the whole worker', { ...ruleTags(['ACCOUNT-CHANGE-PASSWORD-CURRENT'], 'api'), tag: ['@down', '@rule:ACCOUNT-CHANGE-PASSWORD-CURRENT'] }, async ({ target }) => {
  expect(target.url).toBeTruthy()
})
