import type { Page } from '@playwright/test'
import { expect, ruleTags, test, type Step, type Target } from '../../fixtures/index.ts'
import { needPages } from '../../fixtures/need.ts'
import { recordReadingOf } from '../../fixtures/reading.ts'
import type { Candidate } from '../../src/rules/candidate.ts'
import { RULES, ruleById } from '../../src/rules/catalogue.ts'
import { caseSubject, checkRule } from '../../src/rules/evaluate.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { DICTIONARY_ENTRIES, pageViewBase, type PageView } from '../../src/rules/pageView.ts'
import { getPath, withPath } from '../../src/rules/path.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor, profilesOf } from '../../src/rules/rule.ts'
import { ctxOf } from '../../fixtures/reference.ts'

// The rules on a page's look and flow (the `page` subject): each test reads its part of what the
// target's pages show through the adapter (ui.pages), in the seeds' words, and judges it with the
// rule's own check. Where the profile accepts two readings (the wizard's steps), the report says
// which one the target follows. Without ui.pages these rules are not-applicable.

const PAGE_RULES = RULES.filter((r) => r.level !== 'manual' && r.check?.subject === 'page')

/** The refusal whose field's frame is read: a malformed mobile number on 联系方式 (a format error, as the seed says). */
const REFUSED = { rule: 'CONTACT-MOBILE-DIGITS', step: 'contact' } as const satisfies { rule: string; step: Step }

/** The wizard step whose fields 个人信息 holds too: 工作情况, first opened (before the step was saved). */
const PREFILLED = { step: 'app-work', group: 'work' } as const satisfies { step: Step; group: keyof Candidate }

/** A fresh valid candidate enrolled up to a step (the whole way without one), the session in the browser. */
async function enrolled(target: Target, page: Page, profile: ProfileId, until?: Step) {
  const e = await target.api.enrol(target.unique(candidateExample(undefined, ctxOf(target))), until ? { until } : {})
  expect(e.refused, 'a valid candidate is enrolled').toBeNull()
  await target.ui.enter(page, e.session!)
  return e
}

/** How each part of the page is brought about and read. */
const READ: { [K in keyof PageView]: (target: Target, page: Page, profile: ProfileId) => Promise<PageView[K]> } = {
  wizardSteps: async (t, page, profile) => needPages(t, page).wizardSteps(await enrolled(t, page, profile, 'select-education')),
  wizardControls: async (t, page, profile) => needPages(t, page).wizardControls(await enrolled(t, page, profile, 'select-education')),
  personalInfoGroups: async (t, page, profile) => needPages(t, page).personalInfoGroups(await enrolled(t, page, profile, 'start')),
  dictionaryColours: async (t, page, profile) => {
    const pages = needPages(t, page)
    const e = await enrolled(t, page, profile, 'start')
    const seen = {} as PageView['dictionaryColours']
    for (const entry of DICTIONARY_ENTRIES) seen[entry] = await pages.dictionaryColour(e, entry)
    return seen
  },
  refusedFieldFrame: async (t, page, profile) => {
    const pages = needPages(t, page)
    const rule = ruleById(REFUSED.rule)
    const ctx = ctxFor(profile)
    const c = t.unique(caseSubject(rule, casesFor(rule, profile, ctx).find((x) => x.expected === 'reject' && 'value' in x)!, ctx) as Candidate)
    const e = await t.api.enrol(c, { until: REFUSED.step })
    await t.ui.enter(page, e.session!)
    expect(await t.ui.perform(page, REFUSED.step, c, e)).toBe('done')
    await expect(t.ui.fieldRefusal(page, rule.check!.path!), 'the page refused the field').toBeVisible()
    return pages.fieldFrame(rule.check!.path!)
  },
  submittedControls: async (t, page, profile) => needPages(t, page).submittedControls(await enrolled(t, page, profile)),
  applicationCard: async (t, page, profile) => needPages(t, page).applicationCard(await enrolled(t, page, profile)),
  handEnteredFields: async (t, page) => needPages(t, page).handEnteredFields(),
  wizardPrefill: async (t, page, profile) => {
    const pages = needPages(t, page)
    const c = t.unique(candidateExample(undefined, ctxOf(t)))
    const e = await t.api.enrol(c, { until: PREFILLED.step })
    expect(e.refused, 'a valid candidate is enrolled').toBeNull()
    await t.ui.enter(page, e.session!)
    // The wizard's work step against what 个人信息 holds: every text the candidate entered there.
    const paths = Object.entries(c[PREFILLED.group]).filter(([, v]) => typeof v === 'string' && v).map(([k]) => `${PREFILLED.group}.${k}`)
    const shown = await pages.wizardValues(e, PREFILLED.step, paths)
    return paths.flatMap((p, i) => (shown[i] === null ? [] : [{ personal: String(getPath(c, p)), wizard: shown[i]! }]))
  },
  unsavedEdit: async (t, page, profile) => {
    const pages = needPages(t, page)
    const e = await enrolled(t, page, profile, 'start')
    // Another well-formed number than the candidate's: what the page keeps is the question, not whether it is valid.
    const stored = (await t.api.stored(e.session!)).mobile
    return pages.unsavedEdit(e, stored.endsWith('0') ? `${stored.slice(0, -1)}1` : `${stored.slice(0, -1)}0`)
  },
  dictionarySearch: async (t, page, profile) => needPages(t, page).dictionarySearch(await enrolled(t, page, profile, 'start')),
}

test.describe('what the pages show', () => {
  for (const rule of PAGE_RULES) {
    const part = rule.check!.path as keyof PageView
    test(`UI: ${rule.id} judged on the target's pages`, ruleTags([rule.id], 'ui'), async ({ page, target, profile }) => {
      test.skip(!profilesOf(rule).includes(profile), `${rule.id} does not apply under ${profile}`)
      const ctx = ctxFor(profile)
      const shown = await READ[part](target, page, profile)
      test.info().annotations.push({ type: 'target-shows', description: `${rule.id}: ${JSON.stringify(shown)}` })
      const subject = withPath(pageViewBase(undefined, ctx), part, shown)
      if (recordReadingOf(rule, profile, subject)) return
      expect(checkRule(rule, subject, ctx), `${rule.id}: what the target shows`).toEqual([])
    })
  }
})
