import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectShownRefusal } from '../../fixtures/refusal.ts'
import { need, needUi } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { filed, image, materials, rulesOf, underReview, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { uploadCaseFile } from '../../fixtures/uploadCaseFile.ts'
import { RULES } from '../../src/rules/catalogue.ts'
import { caseSubject, checkRule } from '../../src/rules/evaluate.ts'
import { casesFor, ctxFor, profilesOf, type AnyRule } from '../../src/rules/rule.ts'
import type { UploadAttempt } from '../../src/rules/upload.ts'

// The upload rules (subject `upload`) from their boundary tables: each case becomes a real file
// (exact bytes, format by content) sent to the material it names, with the images it says are
// already stored and the lock it says the material is in.

const UPLOAD_RULES: AnyRule[] = RULES.filter((r) => r.level !== 'manual' && r.check?.subject === 'upload')

/** The material a case acts on in this candidate's list (the default base's diploma when listed, else the first other material). */
async function materialOf(target: Target, f: Filed, wanted: string): Promise<{ id: string; title: string; max: number | null }> {
  const list = await materials(target, f)
  const m = list.find((x) => x.id === wanted) ?? list.find((x) => x.id !== 'identity' && x.images.max === null)!
  return { id: m.id, title: m.title, max: m.images.max }
}

/** Puts `n` images into a material (at most its fixed count: beyond it a conforming target stores none). */
async function fill(target: Target, f: Filed, material: string, n: number) {
  for (let i = 0; i < n; i++) expect((await need(target, 'portal').upload(f.session, material, image(material, 6 * 1024, i))).status).toBe(201)
}

/** Deletes every stored image of a material (between cases on one candidate). */
async function empty(target: Target, f: Filed, material: string) {
  const m = (await materials(target, f)).find((x) => x.id === material)!
  for (const s of m.stored) expect((await need(target, 'portal').deleteImage(f.session, s.id)).status).toBe(200)
}

for (const rule of UPLOAD_RULES) {
  test.describe(rule.id, () => {
    test.beforeEach(({ profile }) => test.skip(!profilesOf(rule).includes(profile), `${rule.id} does not apply under ${profile}`))

    test('API: every boundary case of the upload table gets its verdict', ruleTags([rule.id], 'api'), async ({ target, profile }) => {
      const ctx = ctxFor(profile)
      const f = await filed(target, profile)
      const cases = casesFor(rule, profile, ctx)
      // Locked cases last: locking is one-way for the candidate.
      for (const c of [...cases.filter((x) => x.value !== false || rule.id !== 'MATERIAL-UPLOAD-LOCKED'), ...cases.filter((x) => x.value === false && rule.id === 'MATERIAL-UPLOAD-LOCKED')]) {
        const u = caseSubject(rule, c, ctx) as UploadAttempt
        const m = await materialOf(target, f, u.material)
        const before = m.max === null ? u.imagesBefore : Math.min(u.imagesBefore, m.max)
        if (!u.unlocked) await underReview(target, f)
        else await fill(target, f, m.id, before)
        const answer = await need(target, 'portal').upload(f.session, m.id, uploadCaseFile({ ...u, material: m.id }))
        const what = `${rule.id} "${c.name}" (${c.expected})`
        if (c.expected === 'accept') expect.soft(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(201)
        else {
          expect.soft(answer.status, what).toBeGreaterThanOrEqual(400)
          const named = rulesOf(target, answer)
          expect.soft(named.length === 0 || named.includes(rule.id), `${what}: refused for ${named.join(', ')}`).toBe(true)
        }
        if (u.unlocked) await empty(target, f, m.id)
      }
    })

    test('UI: the upload dialog refuses a reject case and takes an accept case', ruleTags([rule.id], 'ui'), async ({ page, target, profile }) => {
      const portalPage = needUi(target, page, 'portal')
      const ctx = ctxFor(profile)
      const f = await filed(target, profile)
      const cases = casesFor(rule, profile, ctx)
      const reject = caseSubject(rule, cases.find((c) => c.expected === 'reject')!, ctx) as UploadAttempt
      const accept = caseSubject(rule, cases.find((c) => c.expected === 'accept')!, ctx) as UploadAttempt
      const m = await materialOf(target, f, reject.material)
      await target.ui.enter(page, f.session)
      if (!reject.unlocked) {
        // Locked: the page shows 已锁定 and offers no upload (the API test sends one anyway).
        await underReview(target, f)
        await portalPage.open()
        await expect(portalPage.lockState(m.title)).toHaveText('已锁定')
        await expect(portalPage.uploadControl(m.title)).toHaveCount(0)
        return
      }
      if (m.max !== null && reject.imagesBefore >= m.max) {
        // A full fixed set: the dialog is gone until an image is deleted ('-'), then it is back.
        await fill(target, f, m.id, m.max)
        await portalPage.open()
        await expect(portalPage.images(m.title)).toHaveCount(m.max)
        await expect(portalPage.uploadControl(m.title)).toHaveCount(0)
        await portalPage.deleteImage(m.title, 1)
        await portalPage.upload(m.title, { name: `${m.id}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(image(m.id, 6 * 1024, 7).data) })
        await expect(portalPage.images(m.title)).toHaveCount(m.max)
        return
      }
      const violation = checkRule(rule, reject, ctx)![0]!
      await portalPage.open()
      const bad = uploadCaseFile({ ...reject, material: m.id })
      await portalPage.upload(m.title, { name: bad.fileName || 'file.jpg', mimeType: bad.declaredType || 'application/octet-stream', buffer: Buffer.from(bad.data) })
      await expectShownRefusal(portalPage.errors, `${rule.id} ${violation.code}`)
      await expect(portalPage.images(m.title)).toHaveCount(0)
      const good = uploadCaseFile({ ...accept, material: m.id })
      await portalPage.open()
      await portalPage.upload(m.title, { name: good.fileName, mimeType: good.declaredType || 'image/jpeg', buffer: Buffer.from(good.data) })
      await expect(portalPage.images(m.title)).toHaveCount(1)
      await expect(portalPage.errors).toHaveCount(0)
    })
  })
}
