import { describe, expect, it } from 'vitest'
import { brokenRules, judged } from '../../src/site/defects/tour.ts'

// The rule tour's notion of a break is the suite's notion of a refusal (fixtures/refusal.ts, refusedFor).
describe('judged', () => {
  const own = ['REVIEW-OWN-FILE']
  it('takes a refusal naming no rule, or one of its own, as just refused', () => {
    expect(judged({ rules: own, seen: 'refused -' })).toBe('refused')
    expect(judged({ rules: own, seen: 'refused' })).toBe('refused')
    expect(judged({ rules: own, seen: 'refused -,REVIEW-OWN-FILE' })).toBe('refused')
  })
  it('keeps a refusal that names only other rules (another guard standing in for the probed one)', () => {
    expect(judged({ rules: own, seen: 'refused REVIEW-NO-EDIT-AFTER-SUBMIT' })).toBe('refused REVIEW-NO-EDIT-AFTER-SUBMIT')
  })
  it('keeps answers that are not refusals as they are', () => {
    expect(judged({ rules: own, seen: 'ok' })).toBe('ok')
    expect(judged({ rules: own, seen: 'error' })).toBe('error')
    expect(judged({ rules: own, seen: '["b","a"]' })).toBe('["b","a"]')
  })
})

describe('brokenRules', () => {
  const shipped = {
    'step as other': { rules: ['REVIEW-OWN-FILE'], seen: 'refused -' },
    'change password': { rules: ['ACCOUNT-CHANGE-PASSWORD-CURRENT'], seen: 'refused ACCOUNT-CHANGE-PASSWORD-CURRENT' },
    'delete as other': { rules: ['REVIEW-OWN-FILE'], seen: 'refused -' },
  }
  it('breaks a rule when its probe sees another verdict, another rule refusing, a server error or nothing', () => {
    const patched = {
      'step as other': { rules: ['REVIEW-OWN-FILE'], seen: 'refused REVIEW-NO-EDIT-AFTER-SUBMIT' },
      'change password': { rules: ['ACCOUNT-CHANGE-PASSWORD-CURRENT'], seen: 'refused -' },
      'delete as other': { rules: ['REVIEW-OWN-FILE'], seen: 'error' },
    }
    expect(brokenRules(shipped, patched)).toEqual({ rules: ['REVIEW-OWN-FILE'], probes: ['step as other', 'delete as other'] })
    expect(brokenRules(shipped, {}).probes).toHaveLength(3)
  })
  it('sees no break when the refusals agree as the suite judges them', () => {
    expect(brokenRules(shipped, { ...shipped, 'change password': { rules: ['ACCOUNT-CHANGE-PASSWORD-CURRENT'], seen: 'refused -' } }).rules).toEqual([])
  })
})
