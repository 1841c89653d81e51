import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMocks, type Mocks } from '../../../mocks/startMocks.ts'
import { PROFILES, type ProfileId } from '../../rules/profiles.ts'
import { createClock, type Clock } from '../../site/clock.ts'
import { createSite, type Site } from '../../site/createSite.ts'
import { seedDemoSite } from '../../site/training/resetToDemo.ts'
import { LoginPage } from '../../../fixtures/adapters/reference/pages/LoginPage.ts'

// Tests of the reference site itself as a training target (not conformance specs): they use its own
// pages, labels and stores. One site per worker and profile, seeded with the demo as `serve` does.

/** A running site of one profile with the demo seeded, its clock and mocks. */
export interface ClassroomSite { url: string; site: Site['site']; clock: Clock; mocks: Mocks }

async function startClassroomSite(profile: ProfileId): Promise<ClassroomSite & { close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), `bm-classroom-${profile}-`))
  const clock = createClock(`${PROFILES[profile].examYear}-01-15T10:00:00+08:00`)
  const mocks = startMocks({ now: () => clock.now() })
  const site = await createSite({ profile, dataDir, now: clock, services: mocks.urls, captcha: 'test' })
  seedDemoSite(site.site)
  return {
    url: site.url, site: site.site, clock, mocks,
    close: async () => { await site.close(); mocks.close(); rmSync(dataDir, { recursive: true, force: true }) },
  }
}

export const test = base.extend<{ profile: ProfileId; classroom: ClassroomSite; login(username: string, password: string): Promise<void> }, { sites: (profile: ProfileId) => Promise<ClassroomSite> }>({
  profile: ['hubei-2026', { option: true }],
  // One site at a time in a worker, started when a test first asks for its profile: two in-process mocks
  // (MSW) in one process race for the same requests, so a trainee's records could be registered with one
  // site's mocks and looked up in the other's (在线验证码不存在, now and then). Another profile closes the last.
  sites: [async ({}, use) => {
    let running: { profile: ProfileId; site: Promise<ClassroomSite & { close(): Promise<void> }> } | null = null
    await use(async (profile) => {
      if (running?.profile !== profile) {
        if (running) await (await running.site).close()
        running = { profile, site: startClassroomSite(profile) }
      }
      return running.site
    })
    if (running) await (await (running as { site: Promise<{ close(): Promise<void> }> }).site).close()
  }, { scope: 'worker' }],
  classroom: async ({ sites, profile }, use) => use(await sites(profile)),
  baseURL: async ({ classroom }, use) => use(classroom.url),
  login: async ({ page }, use) => {
    await use(async (username, password) => {
      // Leave the last page first: a request it still makes (its favicon) must not start a new session after the cookies are cleared.
      await page.goto('about:blank')
      await page.context().clearCookies()
      await new LoginPage(page).login(username, password)
      await expect(page.getByRole('navigation', { name: '主菜单' })).toContainText('退出')
    })
  },
})
export { expect }

/** Clicks what starts a download and returns the downloaded file as a Playwright file payload. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()])
  const { readFile } = await import('node:fs/promises')
  const name = d.suggestedFilename()
  return { name, mimeType: name.endsWith('.png') ? 'image/png' : 'image/jpeg', buffer: await readFile((await d.path())!) }
}
