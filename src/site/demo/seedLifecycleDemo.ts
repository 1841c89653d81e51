import { REVIEW_LEVELS } from '../../rules/lifecycle.ts'
import type { SiteContext } from '../siteContext.ts'
import { DEMO_PASSWORD, type DemoLogin } from './seedDemo.ts'
import { seedStage, STAGES, type Stage } from './seedStage.ts'

/** The part-2 stages the demo shows, one candidate each (site-approved only where there are two review levels). */
export const LIFECYCLE_DEMO_STAGES = STAGES
export type LifecycleDemoStage = Stage

/** Login of a part-2 demo candidate, with its stage. */
export interface LifecycleDemoLogin extends Omit<DemoLogin, 'state'> { stage: LifecycleDemoStage }

/**
 * Seeds candidates in every part-2 stage with real material images (src/generator materialFile),
 * at the demo site reviewer's 考点 so the review console shows them. Written straight to the stores.
 */
export function seedLifecycleDemo(site: SiteContext): LifecycleDemoLogin[] {
  const reviewer = site.users.list('site-reviewer').find((u) => !u.trainee)
  const stages = STAGES.filter((s) => s !== 'site-approved' || REVIEW_LEVELS[site.profile.id] === 2)
  const logins: LifecycleDemoLogin[] = []
  const password = { hash: site.users.hash(DEMO_PASSWORD) }
  site.db.transaction(() => {
    stages.forEach((stage, i) => {
      const username = `demo-${stage}`
      const { candidate } = seedStage(site, {
        stage, username, password, seed: 3026 + i, reviewer,
        areaCode: reviewer?.areaCode ?? '', siteCode: reviewer?.siteCode ?? '',
      })
      logins.push({ username, password: DEMO_PASSWORD, role: 'candidate', stage, name: candidate.name })
    })
  })()
  return logins
}
