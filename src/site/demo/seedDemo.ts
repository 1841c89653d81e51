import { generateCandidate } from '../../generator/index.ts'
import type { Candidate } from '../../rules/candidate.ts'
import { examAreas, examSitesOf } from '../reference/examSites.ts'
import type { SiteContext } from '../siteContext.ts'
import type { Role } from '../store/users.ts'
import { RECORD_KINDS } from '../forms/forms.ts'
import { demoPhoto } from '../photo/demoPhoto.ts'

/** The states part 1 of the site supports, one demo candidate each. */
export const DEMO_STATES = ['registered', 'personal-info', 'draft', 'submitted', 'abandoned'] as const
export type DemoState = (typeof DEMO_STATES)[number]
export const DEMO_PASSWORD = 'Demo12345'

export interface DemoLogin { username: string; password: string; role: Role; state?: DemoState; name: string }

/**
 * Seeds an empty site: generated candidates (src/generator) in every state, plus reviewer and
 * administrator accounts. Demo data is written straight to the stores, as a migration would.
 */
export function seedDemo(site: SiteContext): DemoLogin[] {
  const at = site.nowIso()
  const area = examAreas(site.profile)[0]!
  const siteCode = examSitesOf(area.code)[0]?.code ?? ''
  const logins: DemoLogin[] = []
  const staff: [string, Role, string, string][] = [
    ['admin', 'admin', 'Admin12345', '系统管理员'],
    ['kaodian01', 'site-reviewer', 'Review12345', '考点审核员'],
    ['kaoqu01', 'region-reviewer', 'Review12345', '考区审核员'],
  ]
  site.db.transaction(() => {
    for (const [username, role, password, displayName] of staff) {
      site.users.create({ username, role, password, displayName, areaCode: area.code, siteCode: role === 'site-reviewer' ? siteCode : undefined }, at)
      logins.push({ username, password, role, name: displayName })
    }
    DEMO_STATES.forEach((state, i) => {
      const c = generateCandidate({ seed: 2026 + i, profile: site.profile.id, persona: 'fresh-graduate', refDate: site.ruleCtx().refDate }).candidate
      const username = `demo${i + 1}`
      const user = site.users.create({ username, role: 'candidate', password: DEMO_PASSWORD, displayName: c.name, recoveryQuestion: c.recoveryQuestion, recoveryAnswer: c.recoveryAnswer, idType: c.idType, idNumber: c.idNumber }, at)
      const filled = state !== 'registered'
      const personal = filled ? c : registeredOnly(c)
      const { education: _e, training: _t, certificates: _c, application: _a, ...rest } = personal
      site.candidates.create(user.id, { ...rest, username }, at)
      logins.push({ username, password: DEMO_PASSWORD, role: 'candidate', state, name: c.name })
      if (!filled) return
      const photo = demoPhoto()
      const file = site.files.put({ userId: user.id, purpose: 'photo', fileName: 'photo.jpg', format: 'jpeg', bytes: photo.length, createdAt: at }, photo)
      site.candidates.setPhotoFile(user.id, file.id)
      const ids: number[] = []
      for (const kind of RECORD_KINDS) {
        for (const rec of c[kind] as { selected: boolean }[]) {
          const { selected, ...data } = rec
          const id = site.candidates.addRecord(user.id, kind, data as never, at)
          if (selected) ids.push(id)
        }
      }
      if (state === 'personal-info') return
      const app = site.applications.create(user.id, c.application, at)
      site.applications.update(app.id, { recordIds: ids, step: state === 'draft' ? 4 : 7 })
      if (state === 'draft') return
      site.applications.submit(app.id, { ...c, username, password: '', recoveryAnswer: '' }, at)
      if (state === 'abandoned') site.applications.abandon(app.id, at)
    })
  })()
  return logins
}

function registeredOnly(c: Candidate): Candidate {
  return {
    ...c, mobile: '', homePhone: '', workPhone: '', address: '', postcode: '', education: [], training: [], certificates: [],
    work: { ...c.work, unit: '', unitDivision: '', post: '', monthsInPost: 0 },
  }
}
