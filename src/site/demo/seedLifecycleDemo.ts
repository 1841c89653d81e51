import { generateCandidate, materialFile } from '../../generator/index.ts'
import type { Candidate } from '../../rules/candidate.ts'
import { REVIEW_LEVELS, SUBMIT_NOTICE, type ReviewState } from '../../rules/lifecycle.ts'
import { materialsFor } from '../../rules/materials.ts'
import { RECORD_KINDS } from '../forms/forms.ts'
import { demoPhoto } from '../photo/demoPhoto.ts'
import { feeOf } from '../payment/fee.ts'
import type { SiteContext } from '../siteContext.ts'
import { DEMO_PASSWORD, type DemoLogin } from './seedDemo.ts'

/** The part-2 stages the demo shows, one candidate each (site-approved only where there are two review levels). */
export const LIFECYCLE_DEMO_STAGES = ['uploading', 'under-review', 'returned', 'site-approved', 'approved', 'paid', 'rejected-refunded', 'withdrawn'] as const
export type LifecycleDemoStage = (typeof LIFECYCLE_DEMO_STAGES)[number]

/** What each stage is as stored: review state, payment, whether the materials were submitted. */
const STAGE: Record<LifecycleDemoStage, { state: ReviewState; payment: 'unpaid' | 'paid' | 'refunded'; submitted: boolean; reviews: number }> = {
  uploading: { state: 'submitted', payment: 'unpaid', submitted: false, reviews: 0 },
  'under-review': { state: 'under-review', payment: 'unpaid', submitted: true, reviews: 0 },
  returned: { state: 'returned', payment: 'unpaid', submitted: true, reviews: 0 },
  'site-approved': { state: 'site-approved', payment: 'unpaid', submitted: true, reviews: 1 },
  approved: { state: 'approved', payment: 'unpaid', submitted: true, reviews: 2 },
  paid: { state: 'approved', payment: 'paid', submitted: true, reviews: 2 },
  'rejected-refunded': { state: 'rejected', payment: 'refunded', submitted: true, reviews: 0 },
  withdrawn: { state: 'withdrawn', payment: 'unpaid', submitted: false, reviews: 0 },
}

/** Login of a part-2 demo candidate, with its stage. */
export interface LifecycleDemoLogin extends Omit<DemoLogin, 'state'> { stage: LifecycleDemoStage }

/**
 * Seeds candidates in every part-2 stage with real material images (src/generator materialFile),
 * at the demo site reviewer's 考点 so the review console shows them. Written straight to the stores.
 */
export function seedLifecycleDemo(site: SiteContext): LifecycleDemoLogin[] {
  const reviewer = site.users.list('site-reviewer')[0]
  const at = site.nowIso()
  const t = (minutes: number) => new Date(site.clock.now().getTime() - minutes * 60_000).toISOString()
  const stages = LIFECYCLE_DEMO_STAGES.filter((s) => s !== 'site-approved' || REVIEW_LEVELS[site.profile.id] === 2)
  const logins: LifecycleDemoLogin[] = []
  site.db.transaction(() => {
    stages.forEach((stage, i) => {
      const g = generateCandidate({ seed: 3026 + i, profile: site.profile.id, persona: 'fresh-graduate', refDate: site.ruleCtx().refDate }).candidate
      const username = `demo-${stage}`
      const c: Candidate = { ...g, username, application: { ...g.application, area: reviewer?.areaCode ?? g.application.area, site: reviewer?.siteCode ?? g.application.site, skillsExempt: false } }
      const user = site.users.create({ username, role: 'candidate', password: DEMO_PASSWORD, displayName: c.name, recoveryQuestion: c.recoveryQuestion, recoveryAnswer: c.recoveryAnswer, idType: c.idType, idNumber: c.idNumber }, at)
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
      const s = STAGE[stage]
      const materials = (materialsFor(c, site.profile.id) ?? []).filter((m) => m.required)
      for (const [k, m] of materials.entries()) {
        const n = stage === 'uploading' ? (k === 0 ? 1 : 0) : m.images.min
        for (let v = 0; v < n; v++) {
          const f = materialFile({ material: m.id, bytes: 24 * 1024, name: c.name, width: 240, height: 340, variant: v })
          const file = site.files.put({ userId: user.id, purpose: `material:${m.id}`, fileName: f.fileName, format: f.format, bytes: f.data.length, createdAt: t(200) }, f.data)
          site.portal.addImage(app.id, m.id, file.id, t(200))
        }
      }
      site.portal.moveState(app.id, 'submitted', s.state)
      site.portal.setExtras(app.id, { reviewsPassed: s.reviews, unlocked: stage === 'returned' && materials[1] ? [materials[1].id] : [], declared: s.submitted, withdrawReason: stage === 'withdrawn' ? 'unpaid' : '' })
      if (materials.length && s.submitted) site.portal.addFeedback(app.id, SUBMIT_NOTICE, t(180))
      if (stage === 'returned') site.portal.addFeedback(app.id, `${materials[1]?.title ?? '材料'}无法辨别，请重新上传！`, t(120))
      if (stage === 'rejected-refunded') site.portal.addFeedback(app.id, '审核不通过：学历不符合报考条件', t(120))
      if (stage === 'withdrawn') site.portal.addFeedback(app.id, '逾期未缴费，视为放弃报名。', t(60))
      if (reviewer && ['returned', 'site-approved', 'approved', 'paid', 'rejected-refunded'].includes(stage)) {
        const action = stage === 'returned' ? 'return' : stage === 'rejected-refunded' ? 'reject' : 'approve'
        site.audit.add({ actorId: reviewer.id, action, appId: app.id, candidateId: user.id, detail: '演示数据', at: t(120) })
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
      logins.push({ username, password: DEMO_PASSWORD, role: 'candidate', stage, name: c.name })
    })
  })()
  return logins
}
