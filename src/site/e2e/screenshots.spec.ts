import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { test, expect } from '../../../fixtures/adapters/reference/e2e.ts'
import { filed, inReview, underReview, uploadRequired } from '../../../fixtures/lifecycleSeed.ts'

// The README's pictures, taken from the real pages: `npm run screenshots` (the `docs` project,
// profile hubei-2026) writes docs/images/*.png. Each test first checks the page shows what the
// picture is meant to show, so a broken page never becomes a picture.

const IMAGES = resolve('docs/images')
const shot = (name: string) => ({ path: `${IMAGES}/${name}.png`, fullPage: false })

test('the materials portal with the required images uploaded @docs', async ({ page, target, profile, portalPage }) => {
  const f = await filed(target, profile)
  await uploadRequired(target, f)
  await target.ui.enter(page, f.session)
  await portalPage.open()
  await expect(portalPage.submitReview).toBeVisible()
  await page.screenshot(shot('portal'))
})

test('the reviewer\'s page of one application @docs', async ({ page, target, profile, reviewPage }) => {
  const f0 = await filed(target, profile)
  await underReview(target, f0)
  const { reviewer, f } = await inReview(target, f0)
  await target.ui.enter(page, reviewer)
  await reviewPage.open(f.c)
  await expect(page.getByRole('form', { name: '退回修改' })).toBeVisible()
  await page.screenshot(shot('review'))
})

test('the conformance report of the last run @docs', async ({ page }) => {
  const report = resolve('reports/conformance.html')
  expect(existsSync(report), `${report} is missing: run \`npm run conformance\` first`).toBe(true)
  await page.goto(pathToFileURL(report).href)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.screenshot(shot('conformance-report'))
})
