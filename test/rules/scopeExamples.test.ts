import { describe, expect, it } from 'vitest'
import { ruleById } from '../../src/rules/catalogue.ts'
import { checkRule } from '../../src/rules/evaluate.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { lifecycleBase, type LifecycleEvent } from '../../src/rules/lifecycle.ts'
import { SITUATIONS, materialsFor } from '../../src/rules/materials.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'
import { ctxFor } from '../../src/rules/rule.ts'

// The scopes a reviewer reads in the seeds, written out: which subjects a rule judges at all
// (checkRule answers null outside the scope, a list of findings inside it). The boundary cases sit
// inside each scope, so these are what shows a scope widened to subjects the rule is not about.

/** The codes a rule finds on a subject, or null when it does not judge it. */
function codes(id: string, subject: unknown, profile: ProfileId): string[] | null {
  return checkRule(ruleById(id), subject, ctxFor(profile))?.map((v) => v.code) ?? null
}

const event = (base: string, profile: ProfileId, change: Partial<LifecycleEvent> = {}): LifecycleEvent => ({ ...lifecycleBase(base, ctxFor(profile)), ...change })

describe('the written-exam fee rules (Hubei)', () => {
  const H = 'hubei-2022'
  const written = (change: Partial<LifecycleEvent>) => event('pay', H, { feeKind: 'written', ...change })

  it('judge a written-fee payment by its skills result', () => {
    expect(codes('PAY-WRITTEN-ONLY-PASSED', written({ skillsResult: 'failed' }), H)).toEqual(['skills-failed'])
    expect(codes('PAY-WRITTEN-ONLY-PASSED', written({ skillsResult: 'passed' }), H)).toEqual([])
    expect(codes('PAY-WRITTEN-AFTER-SKILLS-RESULTS', written({ skillsResult: 'pending' }), H)).toEqual(['results-not-out'])
  })

  it('do not judge a skills-exempt candidate, who has no skills result', () => {
    expect(codes('PAY-WRITTEN-ONLY-PASSED', written({ skillsExempt: true, skillsResult: 'failed' }), H)).toBeNull()
    expect(codes('PAY-WRITTEN-AFTER-SKILLS-RESULTS', written({ skillsExempt: true, skillsResult: 'pending' }), H)).toBeNull()
  })

  it('do not judge the skills fee', () => {
    expect(codes('PAY-WRITTEN-ONLY-PASSED', written({ feeKind: 'skills', skillsResult: 'failed' }), H)).toBeNull()
    expect(codes('PAY-WRITTEN-AFTER-SKILLS-RESULTS', written({ feeKind: 'skills', skillsResult: 'pending' }), H)).toBeNull()
  })

  it('judge only payments, not other actions on a written-fee file', () => {
    expect(codes('PAY-WRITTEN-ONLY-PASSED', written({ action: 'refund', skillsResult: 'failed' }), H)).toBeNull()
    expect(codes('PAY-WRITTEN-AFTER-SKILLS-RESULTS', written({ action: 'view-status', skillsResult: 'pending' }), H)).toBeNull()
  })
})

describe('the feedback rules', () => {
  const P = 'hubei-2026'
  const y = ctxFor(P).profile.examYear
  const oldFirst = [{ at: `${y}/1/15 10:00:00`, text: 'a' }, { at: `${y}/2/20 10:00:00`, text: 'b' }]

  it('judge the feedback-viewing event', () => {
    expect(codes('REVIEW-FEEDBACK-NEWEST-FIRST', event('view-feedback', P, { feedback: oldFirst }), P)).toEqual(['not-newest-first'])
    expect(codes('REVIEW-FEEDBACK-TIMESTAMPED', event('view-feedback', P, { feedback: [{ at: '', text: 'a' }] }), P)).toEqual(['no-timestamp'])
  })

  it('judge no other event, whatever feedback it carries', () => {
    for (const base of ['upload', 'submit-review', 'return', 'read-file']) {
      expect(codes('REVIEW-FEEDBACK-NEWEST-FIRST', event(base, P, { feedback: oldFirst }), P), base).toBeNull()
      expect(codes('REVIEW-FEEDBACK-TIMESTAMPED', event(base, P, { feedback: [{ at: '', text: 'a' }] }), P), base).toBeNull()
    }
  })

  it('leave the order alone while an entry has no time (REVIEW-FEEDBACK-TIMESTAMPED judges that)', () => {
    const oneUntimed = [{ at: `${y}/1/15 10:00:00`, text: 'a' }, { at: '', text: 'b' }, { at: `${y}/2/20 10:00:00`, text: 'c' }]
    expect(codes('REVIEW-FEEDBACK-NEWEST-FIRST', event('view-feedback', P, { feedback: oneUntimed }), P)).toBeNull()
  })
})

describe('review scopes (Hebei)', () => {
  const H = 'hebei-shijiazhuang-2022'
  const day = `${ctxFor(H).profile.examYear}-02-20`

  it('REVIEW-RESUBMIT-DEADLINE judges only a resubmission of a returned file that was given a deadline', () => {
    const late = { at: `${day}T17:01:00+08:00`, dueBy: `${day}T17:00:00+08:00` }
    expect(codes('REVIEW-RESUBMIT-DEADLINE', event('resubmit', H, late), H)).toEqual(['past-deadline'])
    expect(codes('REVIEW-RESUBMIT-DEADLINE', event('resubmit', H, { ...late, state: 'submitted' }), H)).toBeNull()
    expect(codes('REVIEW-RESUBMIT-DEADLINE', event('resubmit', H, { ...late, dueBy: '' }), H)).toBeNull()
    expect(codes('REVIEW-RESUBMIT-DEADLINE', event('expire-return', H), H)).toBeNull()
  })

  it('REVIEW-REGION-AFTER-SITE judges each decision of the region reviewer, and no one else\'s', () => {
    for (const action of ['approve', 'reject', 'return'] as const) {
      expect(codes('REVIEW-REGION-AFTER-SITE', event('region-approve', H, { action, state: 'under-review' }), H), action).toEqual(['site-not-approved'])
    }
    expect(codes('REVIEW-REGION-AFTER-SITE', event('region-approve', H, { action: 'read-file', state: 'under-review' }), H)).toBeNull()
    expect(codes('REVIEW-REGION-AFTER-SITE', event('approve', H, { state: 'under-review' }), H)).toBeNull()
  })
})

describe('lock scopes', () => {
  const P = 'hubei-2026'

  it('the locks hold the candidate only: a reviewer acting on a locked file is not judged by them', () => {
    expect(codes('REVIEW-SUBMIT-LOCKS-ALL', event('upload', P, { state: 'under-review' }), P)).toEqual(['locked'])
    expect(codes('REVIEW-SUBMIT-LOCKS-ALL', event('upload', P, { state: 'under-review', actor: 'site-reviewer' }), P)).toBeNull()
    expect(codes('REVIEW-RETURN-UNLOCKS-NAMED', event('upload', P, { state: 'returned', materialUnlocked: false }), P)).toEqual(['invalid_value'])
    expect(codes('REVIEW-RETURN-UNLOCKS-NAMED', event('delete', P, { state: 'returned', materialUnlocked: false, actor: 'admin' }), P)).toBeNull()
  })
})

describe('withdrawal scopes', () => {
  const P = 'hubei-2022'

  it('SCHED-MATERIALS-MISSING-WITHDRAWN judges withdrawals for missing materials, not for non-payment', () => {
    const early = { state: 'under-review', at: `${ctxFor(P).profile.examYear}-01-01T10:00:00+08:00` } as const
    expect(codes('SCHED-MATERIALS-MISSING-WITHDRAWN', event('withdraw', P, { ...early, withdrawReason: 'no-materials' }), P)).toEqual(['materials-submitted'])
    expect(codes('SCHED-MATERIALS-MISSING-WITHDRAWN', event('withdraw', P, { ...early, withdrawReason: 'unpaid' }), P)).toBeNull()
    expect(codes('SCHED-MATERIALS-MISSING-WITHDRAWN', event('withdraw', P, { ...early, withdrawReason: 'no-materials', action: 'abandon' }), P)).toBeNull()
  })
})

describe('education records of several kinds', () => {
  // A 师承 candidate may also list a 本科 record: the blank-school exemption is per record.
  const P = 'national'
  const ctx = ctxFor(P)
  const mixed = () => {
    const c = candidateExample('shicheng', ctx)
    const bachelor = { ...candidateExample('fresh-graduate', ctx).education[0]!, selected: false }
    return { ...c, education: [...c.education, bachelor] }
  }

  it('EDU-SCHOOL-REQUIRED judges the record that needs a school beside a 师承 one', () => {
    const c = mixed()
    expect(codes('EDU-SCHOOL-REQUIRED', c, P)).toEqual([])
    c.education[1] = { ...c.education[1]!, school: '' }
    expect(checkRule(ruleById('EDU-SCHOOL-REQUIRED'), c, ctx)?.map((v) => `${v.code}@${v.path}`)).toEqual(['missing@education.1.school'])
  })

  it('EDU-GRADUATION-FORMAT judges the given month and not the 师承 record left blank', () => {
    const c = mixed()
    expect(codes('EDU-GRADUATION-FORMAT', c, P)).toEqual([])
    c.education[1] = { ...c.education[1]!, graduation: '2020/06' }
    expect(checkRule(ruleById('EDU-GRADUATION-FORMAT'), c, ctx)?.map((v) => `${v.code}@${v.path}`)).toEqual(['format@education.1.graduation'])
  })
})

describe('who must upload supplementary education (Hubei 2026)', () => {
  // 专升本 (专科 + 本科), 3+2 (中专 + 专科) and 研究生 + 本科 all use several records together.
  it.each([
    ['zhuanshengben', true], ['three-plus-two', true], ['graduate-student', true],
    ['fresh-graduate', false], ['assistant-upgrade-zhongzhuan', false], ['rural-general', false],
  ] as const)('%s: %s', (persona, needed) => {
    const ctx = ctxFor('hubei-2026')
    const c = candidateExample(persona, ctx)
    expect(SITUATIONS.supplementaryEducation(c)).toBe(needed)
    expect((materialsFor(c, 'hubei-2026') ?? []).some((m) => m.id === 'supplementary-education' && m.required)).toBe(needed)
  })
})
