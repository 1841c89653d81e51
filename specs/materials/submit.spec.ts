import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor, expectShownRefusal } from '../../fixtures/refusal.ts'
import { need, needUi } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { filed, image, materials, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { submitFile, type SubmitFile } from '../../fixtures/submitCase.ts'
import { RULES } from '../../src/rules/catalogue.ts'
import { caseSubject, checkRule } from '../../src/rules/evaluate.ts'
import type { LifecycleEvent } from '../../src/rules/lifecycle.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor, profilesOf, type AnyRule, type Case } from '../../src/rules/rule.ts'

// The rules 提交审核 checks (required materials per candidate, minimum image counts, the declaration),
// from their boundary tables: a reject case's file (its candidate, its images per material, its
// declaration) is refused naming the rule; completing the same file is then accepted.

const SUBMIT_RULES: AnyRule[] = RULES.filter((r) => r.level !== 'manual' && r.area === 'materials' && r.check?.subject === 'event'
  && profilesOf(r).some((p) => casesFor(r, p).length > 0 && casesFor(r, p).every((c) => c.base === 'submit-review')))

/** The reject cases of a rule under a profile with the files that make them real (found once per rule and profile: the search is slow). */
const rejectsFound = new Map<string, { c: Case; e: LifecycleEvent; file: SubmitFile }[]>()
function rejects(rule: AnyRule, profile: ProfileId) {
  const key = `${rule.id} ${profile}`
  let found = rejectsFound.get(key)
  if (!found) {
    found = casesFor(rule, profile, ctxFor(profile)).filter((c) => c.expected === 'reject').flatMap((c: Case) => {
      const file = submitFile(rule, c, profile)
      return file ? [{ c, e: caseSubject(rule, c, ctxFor(profile)) as LifecycleEvent, file }] : []
    })
    rejectsFound.set(key, found)
  }
  return found
}

/** The profiles where every reject case of the rule can be made real (else the rule stays listed as not covered there). */
const coverable = (rule: AnyRule) => profilesOf(rule).filter((p) => rejects(rule, p).length === casesFor(rule, p).filter((c) => c.expected === 'reject').length)

/** Seeds the file's candidate and uploads the images it holds. */
async function fileOf(target: Target, profile: ProfileId, e: SubmitFile): Promise<Filed> {
  const f = await filed(target, profile, { candidate: e.candidate })
  const listed = new Set((await materials(target, f)).map((m) => m.id))
  for (const [material, n] of Object.entries(e.uploaded)) {
    if (!listed.has(material)) continue
    for (let i = 0; i < n; i++) expect((await need(target, 'portal').upload(f.session, material, image(material, 6 * 1024, i))).status).toBe(201)
  }
  return f
}

/** Tops every required material up to its minimum. */
async function complete(target: Target, f: Filed) {
  for (const m of (await materials(target, f)).filter((x) => x.required || x.stored.length > 0)) {
    for (let i = m.stored.length; i < m.images.min; i++) expect((await need(target, 'portal').upload(f.session, m.id, image(m.id, 6 * 1024, 10 + i))).status).toBe(201)
  }
}

for (const rule of SUBMIT_RULES) {
  test.describe(rule.id, () => {
    test.beforeEach(({ profile }) => test.skip(!coverable(rule).includes(profile), `${rule.id} does not apply under ${profile}`))

    test('API: 提交审核 of each reject case is refused for the rule; the completed file is accepted', ruleTags([rule.id], 'api', coverable(rule)), async ({ target, profile }) => {
      for (const { c, file } of rejects(rule, profile)) {
        const f = await fileOf(target, profile, file)
        const refused = await need(target, 'portal').submitForReview(f.session, file.declared)
        expectRefusedFor(target, refused, [rule.id], c.name)
        await complete(target, f)
        const accepted = await need(target, 'portal').submitForReview(f.session, true)
        expect.soft(accepted.status, `${c.name} completed: ${JSON.stringify(accepted.body)}`).toBe(200)
      }
    })

    test('UI: 提交审核 shows the rule\'s message for a reject case', ruleTags([rule.id], 'ui', coverable(rule)), async ({ page, target, profile }) => {
      const portalPage = needUi(target, page, 'portal')
      const { e, file } = rejects(rule, profile)[0]!
      const violation = checkRule(rule, e, ctxFor(profile))![0]!
      const f = await fileOf(target, profile, file)
      await target.ui.enter(page, f.session)
      await portalPage.open()
      await portalPage.submit(file.declared && (await portalPage.declaration.count()) > 0)
      await expectShownRefusal(portalPage.errors, `${rule.id} ${violation.code}`)
      await expect(portalPage.submitReview).toBeVisible()
    })
  })
}
