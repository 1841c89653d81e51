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

test('the failures-first view of a failing run @docs', async ({ page }) => {
  // Written by `npm run screenshots` first: a seeded defect (age-76-accepted) makes ID-AGE-MAX fail.
  const report = resolve('reports/failing/conformance.html')
  expect(existsSync(report), `${report} is missing: run \`npm run screenshots\``).toBe(true)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(pathToFileURL(report).href)
  const failures = page.getByRole('region', { name: /不符合 Failures/ })
  await expect(failures.getByRole('heading', { name: /ID-AGE-MAX/ })).toBeVisible()
  await expect(failures.getByRole('img', { name: /截图 screenshot/ }).first()).toBeVisible()
  await expect(failures.getByRole('link', { name: 'trace' }).first()).toBeVisible()
  await expect(failures.getByText(/exactly 76/).first()).toBeVisible()
  await page.screenshot(shot('conformance-failures'))
  // The badges filter the table: only the failing rule's row is left.
  await page.getByRole('button', { name: /不符合 fail/ }).click()
  await expect(page.locator('tr[data-verdict]:visible')).toHaveCount(1)
  await expect(page.getByRole('row', { name: /ID-AGE-MAX/ })).toBeVisible()
})
