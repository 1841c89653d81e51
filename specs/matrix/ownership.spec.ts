import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { need, notApplicable, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { filed, image, inReview, opensAtSubmission, reauthorisesEachSession, relogin, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { refusedFor } from '../../fixtures/refusal.ts'
import { ACTORS, type Actor, type Operation, type Owner } from '../../fixtures/surface.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxOf } from '../../fixtures/reference.ts'
import { attempt, ownershipExpectation, SESSION_TOKENS, type Expectation } from './design.ts'
import { ownerIn, PORTAL_PROFILES } from './seedState.ts'

// Ownership and remit, generated: every operation of the target's surface on a candidate's resource is
// tried by every actor (another candidate, anonymous, blank and unknown sessions, the reviewers of the
// own and of another 考点, of another 考区) before the owner, who must then still succeed. One step per attempt.

test.afterEach(async ({ target }) => resetClock(target))

const RULES = ['REVIEW-OWN-FILE', 'REVIEW-ONLY-REVIEWERS', 'REVIEW-SITE-OWN-SITE']

/**
 * Each actor's session on the owner's file (the reviewers are made for the owner's 考点 and another one).
 * `other`: another candidate with a file of their own, inside the portal (refused only by ownership, not
 * by a missing authorisation); enrol them before the clock leaves the application window.
 */
async function sessionsFor(target: Target, owner: Owner, other: Filed): Promise<Record<Actor, string | null>> {
  return {
    owner: owner.session,
    'other-candidate': other.session,
    anonymous: null,
    'own-site-reviewer': (await need(target, 'review').staff('site-reviewer', owner.c)).session,
    'other-site-reviewer': (await need(target, 'review').staff('site-reviewer', owner.c, { otherSite: true })).session,
    'other-area-reviewer': (await need(target, 'review').staff('region-reviewer', owner.c, { otherArea: true })).session,
  }
}

/** Tries one attempt as a step of the rule the expectation names first. */
async function check(target: Target, checkRule: (r: string, b: () => Promise<void>) => Promise<void>, label: string, e: Expectation, run: () => ReturnType<Operation['perform']>) {
  await checkRule(e.rules[0]!, async () => {
    const answer = await run()
    if (e.outcome === 'accepted') return expect(answer.status, `${label}: accepted (${JSON.stringify(answer.body)?.slice(0, 300)})`).toBeLessThan(400)
    // A refusal is a 4xx (a 5xx is no answer to the user); one that names rules names this one, not another
    // guard that happened to stand in the way (a lock refusing a stranger's write hides a missing ownership check).
    expect(refusedFor(target, answer, e.rules), `${label}: refused for ${e.rules.join(', ')} (got ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 300)})`).toBe(true)
  })
}

const skipWithout = (target: Target) => {
  if (!target.surface) notApplicable('the adapter describes no surface (Target.surface)')
  return false
}

test('API and pages: every actor on every operation of a candidate\'s file, owner last', ruleTags([...RULES, 'MATERIAL-PORTAL-AUTHORISE'], 'api', PORTAL_PROFILES), async ({ target, profile, checkRule }) => {
  if (skipWithout(target)) return
  // Materials open (submitted) for the portal's kinds; the file's reviewers decide in the review period.
  const { f, named } = await ownerIn(target, profile, 'submitted')
  const sessions = await sessionsFor(target, f, await filed(target, profile))
  // Where paying opens only after the review, the owner's 立即缴费 now is PAY-OPENS' refusal (its own spec's): not tried here.
  const ownerPays = await opensAtSubmission(target, profile)
  // The owner deletes an image on every route: one image each, and one left for the reads.
  for (let i = 1; i <= 2; i++) expect((await need(target, 'portal').upload(f.session, named, image(named, 6 * 1024, i))).status).toBe(201)
  // An upload goes to the sender's own portal (no one else's material is named): its lock is the lock matrix's.
  // The owner's own session before 上传相关材料 (a second login): every portal write refused until it authorises,
  // where the profile (or the reading the target follows) authorises every session; once per account, it enters.
  if (await reauthorisesEachSession(target, profile)) {
    const unauthorised = (await relogin(target, f, false)).session
    for (const op of target.surface!.operations.filter((o) => o.kind === 'material' || o.kind === 'material-image')) {
      await check(target, checkRule, `${attempt(op)} by the owner's session without the portal's authorisation`, { outcome: 'refused', rules: ['MATERIAL-PORTAL-AUTHORISE'] }, () => op.perform(unauthorised, f, { material: named }))
    }
  }
  const ops = target.surface!.operations.filter((op) => ['material-image', 'material-file', 'payment'].includes(op.kind))
  for (const op of ops) {
    const strangers = [...ACTORS.filter((a) => a !== 'owner'), ...SESSION_TOKENS.map((t) => t.name)]
    for (const who of [...strangers, ...(op.kind === 'payment' && op.name === 'pay' && !ownerPays ? [] : ['owner'])]) {
      const e = SESSION_TOKENS.some((t) => t.name === who) ? ownershipExpectation(op.kind, op.name, 'anonymous') : ownershipExpectation(op.kind, op.name, who as Actor)
      // Reviewers' remit over candidate writes is not the catalogue's concern beyond "not the candidate's own": refused.
      const session = SESSION_TOKENS.find((t) => t.name === who)?.session ?? sessions[who as Actor]
      await check(target, checkRule, `${attempt(op)} by ${who}`, who.endsWith('reviewer') && op.kind !== 'material-file' ? { outcome: 'refused', rules: ['REVIEW-OWN-FILE'] } : e, () => op.perform(session, f, { material: named }))
    }
  }
})

test('API and pages: every actor on the records and the application of another candidate', ruleTags(['REVIEW-OWN-FILE'], 'api', PORTAL_PROFILES), async ({ target, profile, checkRule }) => {
  if (skipWithout(target)) return
  // Records are the owner's to change only while no application uses them: a candidate before 开始新的报名.
  // The owner is enrolled last: the example candidates share documents, and the services know the last one's.
  const draft = await filed(target, profile, { enter: false })
  const sessions = await sessionsFor(target, draft, await filed(target, profile))
  const c = target.unique(candidateExample(undefined, ctxOf(target)))
  const e = await target.api.enrol(c, { until: 'start' })
  expect(e.refused, `seeding ${c.username}`).toBeNull()
  const owner = { c, session: e.session!, applicationId: e.applicationId! }
  const records = target.surface!.operations.filter((op) => op.kind === 'record').sort((a, b) => (a.name === 'delete' ? 1 : 0) - (b.name === 'delete' ? 1 : 0))
  const steps = target.surface!.operations.filter((op) => op.kind === 'application')
  for (const op of records) {
    for (const who of [...ACTORS.filter((a) => a !== 'owner'), ...SESSION_TOKENS.map((t) => t.name)]) {
      const session = SESSION_TOKENS.find((t) => t.name === who)?.session ?? sessions[who as Actor]
      await check(target, checkRule, `${attempt(op)} by ${who}`, { outcome: 'refused', rules: ['REVIEW-OWN-FILE'] }, () => op.perform(session, owner))
    }
  }
  // The application of `draft` (submitted) is another candidate's to the owner: every step refused to them.
  for (const op of steps) await check(target, checkRule, `${attempt(op)} on another candidate's application`, { outcome: 'refused', rules: ['REVIEW-OWN-FILE'] }, () => op.perform(owner.session, { ...draft }))
  // The owner's application is a draft (no lock stands in the way): every step by a stranger is refused by ownership alone.
  for (const op of steps) {
    for (const who of [...ACTORS.filter((a) => a !== 'owner'), ...SESSION_TOKENS.map((t) => t.name)]) {
      const session = SESSION_TOKENS.find((t) => t.name === who)?.session ?? sessions[who as Actor]
      await check(target, checkRule, `${attempt(op)} on a draft application by ${who}`, { outcome: 'refused', rules: ['REVIEW-OWN-FILE'] }, () => op.perform(session, owner))
    }
  }
  // The owner then changes the record on every route, and deletes it (once: it is gone after).
  const own = [...records.filter((op) => op.name === 'update'), ...records.filter((op) => op.name === 'delete').slice(0, 1)]
  for (const op of own) await check(target, checkRule, `${attempt(op)} by the owner`, { outcome: 'accepted', rules: ['REVIEW-OWN-FILE'] }, () => op.perform(owner.session, owner))
})

test('API: a decision on a file under review by every actor; the own 考点 decides last', ruleTags(RULES, 'api', PORTAL_PROFILES), async ({ target, profile, checkRule }) => {
  if (skipWithout(target)) return
  // Both candidates file inside the application window; the clock then moves to the review period (sessions renewed).
  const other = await filed(target, profile)
  const { f } = await ownerIn(target, profile, 'under-review')
  const { f: owner } = await inReview(target, f)
  const sessions = await sessionsFor(target, owner, await relogin(target, other))
  for (const op of target.surface!.operations.filter((o) => o.kind === 'review')) {
    for (const who of [...ACTORS.filter((a) => a !== 'own-site-reviewer'), ...SESSION_TOKENS.map((t) => t.name), 'own-site-reviewer' as const]) {
      const session = SESSION_TOKENS.find((t) => t.name === who)?.session ?? sessions[who as Actor]
      const e = ownershipExpectation(op.kind, op.name, SESSION_TOKENS.some((t) => t.name === who) ? 'anonymous' : (who as Actor))
      await check(target, checkRule, `${attempt(op)} by ${who}`, e, () => op.perform(session, owner))
    }
  }
  // The queue lists the file to the reviewers whose remit holds it, and to no one else.
  await checkRule('REVIEW-SITE-OWN-SITE', async () => {
    for (const who of ACTORS.filter((a) => a !== 'owner')) {
      const listed = (await need(target, 'review').queue(sessions[who])).includes(owner.applicationId)
      expect.soft(listed, `the review queue of ${who} lists the file: ${who === 'own-site-reviewer'}`).toBe(who === 'own-site-reviewer')
    }
  })
})
