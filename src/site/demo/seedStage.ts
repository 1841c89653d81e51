import { generateCandidate } from '../../generator/index.ts'
import { documentFile, drawMaterial } from '../../generator/images/documentImage.ts'
import type { Candidate } from '../../rules/candidate.ts'
import { SUBMIT_NOTICE, type ReviewState } from '../../rules/lifecycle.ts'
import { materialsFor, type Material } from '../../rules/materials.ts'
import type { PersonaId } from '../../rules/personas.ts'
import { RECORD_KINDS } from '../forms/forms.ts'
import { demoPhoto } from '../photo/demoPhoto.ts'
import { feeOf } from '../payment/fee.ts'
import type { SiteContext } from '../siteContext.ts'
import type { User } from '../store/users.ts'

/** The part-2 stages a seeded candidate can stand at. */
export const STAGES = ['uploading', 'under-review', 'returned', 'site-approved', 'approved', 'paid', 'rejected-refunded', 'withdrawn'] as const
export type Stage = (typeof STAGES)[number]

/** What each stage is as stored: review state, payment, whether the materials were submitted. */
const STAGE: Record<Stage, { state: ReviewState; payment: 'unpaid' | 'paid' | 'refunded'; submitted: boolean; reviews: number }> = {
  uploading: { state: 'submitted', payment: 'unpaid', submitted: false, reviews: 0 },
  'under-review': { state: 'under-review', payment: 'unpaid', submitted: true, reviews: 0 },
  returned: { state: 'returned', payment: 'unpaid', submitted: true, reviews: 0 },
  'site-approved': { state: 'site-approved', payment: 'unpaid', submitted: true, reviews: 1 },
  approved: { state: 'approved', payment: 'unpaid', submitted: true, reviews: 2 },
  paid: { state: 'approved', payment: 'paid', submitted: true, reviews: 2 },
  'rejected-refunded': { state: 'rejected', payment: 'refunded', submitted: true, reviews: 0 },
  withdrawn: { state: 'withdrawn', payment: 'unpaid', submitted: false, reviews: 0 },
}

/** One image as stored: its bytes and format. */
export interface SeedImage { data: Uint8Array; fileName: string; format: 'jpeg' | 'png' }

/** Who to seed and where: the account, the generator seed, the 考区/考点, the stage and its variations. */
export interface StageSeed {
  stage: Stage
  username: string
  /** The password, or its hash when a trainee's accounts share one. */
  password: string | { hash: string }
  seed: number
  persona?: PersonaId
  areaCode: string
  siteCode: string
  /** The reviewer the demo's decisions are logged under (none: no audit entries). */
  reviewer?: User
  trainee?: string
  /** Required materials left without images (of the candidate's list); default: none, or all but the first while uploading. */
  missing?: (materials: readonly Material[]) => readonly string[]
  /** The images of one material (default: the generator's drawing of the document from the candidate's facts). */
  images?: (m: Material, c: Candidate) => SeedImage[]
  /** Deadline to resubmit a returned application (ISO). */
  resubmitDue?: string
}

/**
 * Seeds one generated candidate (src/generator) at a stage, with real material images, written straight
 * to the stores as a migration would: the demo's candidates and each trainee's copy of the scenarios.
 */
export function seedStage(site: SiteContext, o: StageSeed): { user: User; appId: number; candidate: Candidate; materials: Material[] } {
  const at = site.nowIso()
  const t = (minutes: number) => new Date(site.clock.now().getTime() - minutes * 60_000).toISOString()
  const g = generateCandidate({ seed: o.seed, profile: site.profile.id, persona: o.persona ?? 'fresh-graduate', refDate: site.ruleCtx().refDate }).candidate
  const c: Candidate = { ...g, username: o.username, application: { ...g.application, area: o.areaCode, site: o.siteCode, skillsExempt: false } }
  // A trainee's copies have no recovery answer: hashing one per account would slow creating a class.
  const recovery = o.trainee ? {} : { recoveryQuestion: c.recoveryQuestion, recoveryAnswer: c.recoveryAnswer }
  const user = site.users.create({ username: o.username, role: 'candidate', password: o.password, displayName: c.name, ...recovery, idType: c.idType, idNumber: c.idNumber, trainee: o.trainee }, at)
  const { education: _e, training: _t, certificates: _c, application: _a, ...personal } = c
  site.candidates.create(user.id, personal, at)
  const photo = demoPhoto()
  site.candidates.setPhotoFile(user.id, site.files.put({ userId: user.id, purpose: 'photo', fileName: 'photo.jpg', format: 'jpeg', bytes: photo.length, createdAt: at }, photo).id)
  const ids: number[] = []
  for (const kind of RECORD_KINDS) {
    for (const rec of c[kind] as { selected: boolean }[]) {
      const { selected, ...data } = rec
      const id = site.candidates.addRecord(user.id, kind, data as never, at)
      if (selected) ids.push(id)
    }
  }
  const app = site.applications.create(user.id, c.application, t(300))
  site.applications.update(app.id, { recordIds: ids, step: 7 })
  site.applications.submit(app.id, { ...c, password: '', recoveryAnswer: '' }, t(240))
  const s = STAGE[o.stage]
  const materials = (materialsFor(c, site.profile.id) ?? []).filter((m) => m.required)
  const missing = new Set(o.missing ? o.missing(materials) : o.stage === 'uploading' ? materials.slice(1).map((m) => m.id) : [])
  const today = site.ruleCtx().refDate
  const draw = o.images ?? ((m: Material) => Array.from({ length: m.images.min }, (_, page) => {
    const f = documentFile(drawMaterial(m.id, c, 360, { page, today }), 100 * 1024)
    return { ...f, fileName: `${m.id}-${page + 1}.${f.format === 'png' ? 'png' : 'jpg'}` }
  }))
  for (const m of materials.filter((x) => !missing.has(x.id))) {
    for (const img of draw(m, c)) {
      const file = site.files.put({ userId: user.id, purpose: `material:${m.id}`, fileName: img.fileName, format: img.format, bytes: img.data.length, createdAt: t(200) }, img.data)
      site.portal.addImage(app.id, m.id, file.id, t(200))
    }
  }
  site.portal.moveState(app.id, 'submitted', s.state)
  const unlocked = o.stage === 'returned' && materials[1] ? [materials[1].id] : []
  site.portal.setExtras(app.id, { reviewsPassed: s.reviews, unlocked, declared: s.submitted, withdrawReason: o.stage === 'withdrawn' ? 'unpaid' : '', ...(o.resubmitDue ? { resubmitDue: o.resubmitDue } : {}) })
  if (materials.length && s.submitted) site.portal.addFeedback(app.id, SUBMIT_NOTICE, t(180))
  if (o.stage === 'returned') site.portal.addFeedback(app.id, `${materials[1]?.title ?? '材料'}无法辨别，请重新上传！`, t(120))
  if (o.stage === 'rejected-refunded') site.portal.addFeedback(app.id, '审核不通过：学历不符合报考条件', t(120))
  if (o.stage === 'withdrawn') site.portal.addFeedback(app.id, '逾期未缴费，视为放弃报名。', t(60))
  if (o.reviewer && ['returned', 'site-approved', 'approved', 'paid', 'rejected-refunded'].includes(o.stage)) {
    const action = o.stage === 'returned' ? 'return' : o.stage === 'rejected-refunded' ? 'reject' : 'approve'
    const detail = o.stage === 'returned' ? `演示数据；解锁：${materials[1]?.title ?? ''}` : '演示数据'
    site.audit.add({ actorId: o.reviewer.id, action, appId: app.id, candidateId: user.id, detail, at: t(120) })
  }
  if (s.state === 'approved') for (const id of ids) site.candidates.setVerified(id, true)
  if (s.payment !== 'unpaid') {
    const orderId = `DEMO${site.profile.examYear}A${app.id}`
    const amountFen = feeOf(site.profile.id).yuan * 100
    site.payments.createOrder({ orderId, appId: app.id, amountFen, status: 'paid', payUrl: '', createdAt: t(100) })
    site.payments.addPayment({ orderId, appId: app.id, amountFen, channel: 'unionpay', tradeNo: `DEMO-T${app.id}`, source: 'demo', paidAt: t(100) })
    if (s.payment === 'refunded') site.payments.addRefund({ orderId, appId: app.id, refundId: `DEMO-R${app.id}`, amountFen, channel: 'unionpay', at: t(30) })
    site.portal.setPayment(app.id, s.payment)
  }
  return { user, appId: app.id, candidate: c, materials }
}
