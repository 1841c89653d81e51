// How a test's failure is laid at its rules' doors: shared by the worker-side fixture that records it
// (fixtures/checkRule.ts) and the reporter that reads it back.

/** Annotation types a test carries per rule: its rule step passed, failed on an assertion, or errored. */
export const RULE_PASS = 'rule:pass'
export const RULE_FAIL = 'rule:fail'
export const RULE_ERROR = 'rule:error'
/** A test that found a capability of the target absent skips itself with this annotation (its reason). */
export const NOT_APPLICABLE = 'not-applicable'

/** One rule's outcome in one test. */
export type RuleOutcome = 'pass' | 'fail' | 'error' | 'not-applicable' | 'skipped'

const plain = (message: string) => message.replace(/\x1b\[[0-9;]*m/g, '') // eslint-disable-line no-control-regex

/**
 * Whether an error message is an assertion about the target (Playwright's `expect`, web-first or not,
 * with or without a custom message before it) rather than a failure to reach or drive it (a timeout,
 * a refused connection, a setup error, a bug in the test).
 */
export function isAssertion(message: string): boolean {
  return plain(message).trimStart().split('\n').slice(0, 3).some((l) => /^(Error: )?(expect(\.soft|\.poll)?\(|Timed out \d+ms waiting for expect)/.test(l.trim()))
}

/** An error message for people: no colour codes, at most 40 lines (an expect's diff with the case and the target's answer). */
export function plainMessage(message: string): string {
  const lines = plain(message).trim().split('\n')
  return lines.length > 40 ? [...lines.slice(0, 40), `… ${lines.length - 40} more lines`].join('\n') : lines.join('\n')
}

/** The first line of an error message, without colour codes, and its cause's: the reason an `error` verdict gives. */
export function firstLine(message: string, cause?: string): string {
  const line = (m: string) => plain(m).trim().split('\n')[0]!.slice(0, 240)
  return cause ? `${line(message)} (${line(cause)})` : line(message)
}

/** `ID` or `ID: reason` (a rule:error annotation's description) split. */
export function splitRuleNote(description: string): { rule: string; reason?: string } {
  const i = description.indexOf(': ')
  return i < 0 ? { rule: description } : { rule: description.slice(0, i), reason: description.slice(i + 2) }
}
