import type { Actor, FileState, Operation, OperationName, ResourceKind } from '../../fixtures/surface.ts'

// The test-design matrix as data: what the catalogue says of each operation on each resource kind, in
// each state of the file and by each actor. The specs cross it with the target's surface, so every
// operation the target has (on every route) is tried, not a hand-picked one.

/** What a conforming target does with one attempt, and the rules that say so (the test's tags). */
export interface Expectation { outcome: 'accepted' | 'refused'; rules: readonly string[] }

const refused = (...rules: string[]): Expectation => ({ outcome: 'refused', rules })
const accepted = (...rules: string[]): Expectation => ({ outcome: 'accepted', rules })

/** In a returned file, the material the reviewer named (unlocked) or another one (still locked). */
export type Which = 'named' | 'other'

/**
 * Locks and states: the owner's own attempt at a mutating operation in a file state (null: the
 * operation is not guarded by a lock). Materials lock at 提交审核 and only the named ones unlock on a
 * return; the records an application uses stay locked while it lives (and verified ones after the
 * final review); the application's steps refuse every edit once it is submitted.
 */
export function lockExpectation(kind: ResourceKind, name: OperationName, state: FileState, which: Which = 'named'): Expectation | null {
  if (kind === 'material' || kind === 'material-image') {
    const all = kind === 'material' ? ['REVIEW-SUBMIT-LOCKS-ALL', 'MATERIAL-UPLOAD-LOCKED'] : ['REVIEW-SUBMIT-LOCKS-ALL']
    if (state === 'submitted') return accepted(...all)
    if (state === 'returned') return which === 'named' ? accepted('REVIEW-RETURN-UNLOCKS-NAMED') : refused('REVIEW-RETURN-UNLOCKS-NAMED')
    return refused(...all)
  }
  if (kind === 'record') return state === 'approved' ? refused('REVIEW-RECORD-IN-USE-LOCKED', 'REVIEW-VERIFIED-RECORD-LOCKED') : refused('REVIEW-RECORD-IN-USE-LOCKED')
  if (kind === 'application') return refused('REVIEW-NO-EDIT-AFTER-SUBMIT')
  return null
}

/** The operations of a kind that change something (the lock matrix tries these). */
export const MUTATING: readonly ResourceKind[] = ['record', 'application', 'material', 'material-image']

/** Every (operation, material choice) the lock matrix tries in a state: materials both named and not in a returned file. */
export function lockCases(ops: readonly Operation[], state: FileState): { op: Operation; which: Which; expect: Expectation }[] {
  return ops.filter((op) => MUTATING.includes(op.kind)).flatMap((op) => {
    const whiches: Which[] = state === 'returned' && (op.kind === 'material' || op.kind === 'material-image') ? ['other', 'named'] : ['named']
    return whiches.flatMap((which) => {
      const e = lockExpectation(op.kind, op.name, state, which)
      return e ? [{ op, which, expect: e }] : []
    })
  })
}

/**
 * Ownership and remit: another actor's attempt on the owner's resource (the owner's own attempt is
 * accepted in a state that allows it). A candidate reads and changes only their own file; reviewers
 * decide and read the files of their own 考点 only; nobody else decides.
 */
export function ownershipExpectation(kind: ResourceKind, name: OperationName, actor: Actor): Expectation {
  const own = 'REVIEW-OWN-FILE'
  if (kind === 'review') {
    if (actor === 'own-site-reviewer') return accepted('REVIEW-ONLY-REVIEWERS', 'REVIEW-SITE-OWN-SITE')
    return actor === 'other-site-reviewer' || actor === 'other-area-reviewer' ? refused('REVIEW-SITE-OWN-SITE') : refused('REVIEW-ONLY-REVIEWERS')
  }
  if (kind === 'material-file') {
    if (actor === 'owner' || actor === 'own-site-reviewer') return accepted(own, 'REVIEW-SITE-OWN-SITE')
    return actor === 'other-site-reviewer' || actor === 'other-area-reviewer' ? refused('REVIEW-SITE-OWN-SITE') : refused(own)
  }
  return actor === 'owner' ? accepted(own) : refused(own)
}

/** Sessions that are not a candidate's: missing, blank, unknown (another candidate's is an actor). */
export const SESSION_TOKENS: { name: string; session: string | null }[] = [
  { name: 'missing', session: null },
  { name: 'blank', session: '' },
  { name: 'unknown', session: 'no-such-session-0000' },
]

/** A short name of an attempt for step titles: `material upload (page, other material)`. */
export const attempt = (op: Operation, extra?: string) => `${op.kind} ${op.name} (${op.via}${extra ? `, ${extra}` : ''})`
