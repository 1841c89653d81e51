import type { AnyRule, Ctx } from '../../rules/rule.ts'

/** A change to the rule list a site enforces: how a rule-level defect bends the catalogue on the server only. */
export type Bend = (rules: readonly AnyRule[]) => AnyRule[]

// Replaces one rule by a changed copy; a bend naming a rule the list lacks is a registry bug.
function mapRule(id: string, change: (r: AnyRule) => AnyRule | null): Bend {
  return (rules) => {
    if (!rules.some((r) => r.id === id)) throw new Error(`defect bends unknown rule ${id}`)
    return rules.flatMap((r) => (r.id === id ? [change(r)].filter((x): x is AnyRule => x !== null) : [r]))
  }
}

/** The server skips the rule altogether (the check lives only in the browser, or was never written). */
export const drop = (id: string): Bend => mapRule(id, () => null)

/** The server runs the rule with other parameters under every profile (a wrong cap, a wrong bound). */
export function params<P>(id: string, change: (p: P) => P): Bend {
  return mapRule(id, (r) => {
    const spec = r.profiles as { base: P | null; overrides?: Record<string, P | null>; readings?: Record<string, { params: P }[]> }
    const bent = (p: P | null) => (p === null ? null : change(p))
    const overrides = Object.fromEntries(Object.entries(spec.overrides ?? {}).map(([k, v]) => [k, bent(v)]))
    const readings = spec.readings && Object.fromEntries(Object.entries(spec.readings).map(([k, rs]) => [k, rs.map((x) => ({ ...x, params: change(x.params) }))]))
    return { ...r, profiles: { base: bent(spec.base), overrides, ...(readings && { readings }) } }
  })
}

/** The server runs the rule in another context (KB of 1000 bytes instead of 1024, another reference date). */
export function context(id: string, change: (ctx: Ctx) => Ctx): Bend {
  return mapRule(id, (r) => {
    const c = r.check!
    return {
      ...r,
      check: {
        ...c,
        ...(c.applies && { applies: (s: unknown, p: unknown, ctx: Ctx) => c.applies!(s, p, change(ctx)) }),
        ...(c.schema && { schema: (p: unknown, ctx: Ctx) => c.schema!(p, change(ctx)) }),
        ...(c.test && { test: (s: unknown, p: unknown, ctx: Ctx) => c.test!(s, p, change(ctx)) }),
      },
    }
  })
}

/** The server sees the subject differently before the rule runs (an exemption ignored, a field misread). */
export function subject<S>(id: string, change: (s: S) => S): Bend {
  return mapRule(id, (r) => {
    const c = r.check!
    return {
      ...r,
      check: {
        ...c,
        ...(c.applies && { applies: (s: S, p: unknown, ctx: Ctx) => c.applies!(change(s), p, ctx) }),
        ...(c.test && { test: (s: S, p: unknown, ctx: Ctx) => c.test!(change(s), p, ctx) }),
      },
    }
  })
}

/** The server replaces the rule's check by a wrong one (same path, so its refusals read as the rule's). */
export function replace<S>(id: string, test: (s: S, params: unknown, ctx: Ctx) => ReturnType<NonNullable<NonNullable<AnyRule['check']>['test']>>, applies?: (s: S) => boolean): Bend {
  return mapRule(id, (r) => {
    const c = r.check!
    const keep = applies ?? c.applies
    return { ...r, check: { subject: c.subject, path: c.path, ...(keep && { applies: keep }), test } }
  })
}

/** Several bends in order. */
export const all = (...bends: Bend[]): Bend => (rules) => bends.reduce<AnyRule[]>((acc, b) => b(acc), [...rules])
