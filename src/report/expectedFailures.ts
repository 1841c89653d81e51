import { readFileSync, existsSync } from 'node:fs'
import { z } from 'zod'

/** One known deviation of a target: the rule it breaks, why, and until when that is accepted. */
export const ExpectedFailure = z.object({
  reason: z.string().min(3, 'say why the target deviates'),
  /** YYYY-MM-DD: after this date the failure counts as a plain failure again. */
  expires: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expires is a date, YYYY-MM-DD').optional(),
})
export type ExpectedFailure = z.infer<typeof ExpectedFailure>

/** The expected-failures file: rule ID → deviation. */
export const ExpectedFailures = z.record(z.string().regex(/^[A-Z][A-Z0-9-]+$/, 'keys are rule IDs'), ExpectedFailure)
export type ExpectedFailures = z.infer<typeof ExpectedFailures>

/** Reads and validates an expected-failures file; a missing file means none. */
export function loadExpectedFailures(path: string | undefined): ExpectedFailures {
  if (!path || !existsSync(path)) return {}
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    throw new Error(`${path} is not valid JSON: ${(err as Error).message}`)
  }
  const parsed = ExpectedFailures.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]!
    throw new Error(`${path}: ${first.path.join('.') || '(top level)'}: ${first.message}. Format: { "RULE-ID": { "reason": "…", "expires": "YYYY-MM-DD" } }`)
  }
  return parsed.data
}

/** Whether a deviation is still in force on a date (YYYY-MM-DD). */
export function inForce(entry: ExpectedFailure | undefined, today: string): boolean {
  return Boolean(entry && (!entry.expires || today <= entry.expires))
}
