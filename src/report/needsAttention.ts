/** Verdicts that need nobody's attention; every other one (fail, unexpected-pass, error, …) fails the run and is shown first. */
export const SETTLED: ReadonlySet<string> = new Set(['pass', 'expected-fail', 'not-covered', 'manual', 'not-applicable'])

/** Whether a rule's verdict needs someone to look at it. */
export const needsAttention = (verdict: string): boolean => !SETTLED.has(verdict)
