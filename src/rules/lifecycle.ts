import { z } from 'zod'
import { Candidate } from './candidate.ts'
import { candidateExample } from './examples.ts'
import { completeUploads } from './materials.ts'
import type { ProfileId } from './profiles.ts'
import type { Ctx } from './rule.ts'

// The lifecycle of one application, as data. The review dimension and the payment dimension are
// separate because the profiles order them differently (Hubei pays before review, Hebei after).

/** Where an application stands in review. */
export const REVIEW_STATES = [
  'draft',               // wizard in progress, nothing submitted
  'submitted',           // application submitted (notice printable); materials uploading, unlocked
  'under-review',        // materials submitted for review (提交审核): everything locked
  'returned',            // returned for correction: the named materials are unlocked
  'site-approved',       // 考点 approved; the 考区 review follows where the profile has two levels
  'approved',            // final approval (考区 in Hebei, 考点 elsewhere): cannot be changed
  'rejected',            // final refusal: the fee is refunded
  'abandoned',           // 放弃报考 by the candidate inside the window
  'withdrawn',           // treated as withdrawn: unpaid or materials missing at the deadline
] as const
export const ReviewState = z.enum(REVIEW_STATES)
export type ReviewState = z.infer<typeof ReviewState>

/** States in which the candidate's materials are locked (提交审核 done, not returned). */
export const LOCKED_STATES = ['under-review', 'site-approved', 'approved', 'rejected'] as const satisfies readonly ReviewState[]

export const PAYMENT_STATES = ['unpaid', 'paid', 'refunded'] as const
export const PaymentState = z.enum(PAYMENT_STATES)
export type PaymentState = z.infer<typeof PaymentState>

export const ACTORS = ['candidate', 'site-reviewer', 'region-reviewer', 'admin', 'gateway', 'system'] as const
export const Actor = z.enum(ACTORS)
export type Actor = z.infer<typeof Actor>

export const ACTIONS = [
  'register', 'apply', 'edit-application', 'abandon', 'edit-basic-info', 'edit-record-in-use',
  'upload', 'delete-image', 'submit-review',
  'return', 'approve', 'reject', 'change-final',
  'pay', 'payment-callback', 'refund', 'read-file',
  // added with the materials, review, payment and schedule rules:
  'enter-portal', 'view-feedback', 'view-records', 'view-status', 'withdraw', 'edit-personal-info',
] as const
export const Action = z.enum(ACTIONS)
export type Action = z.infer<typeof Action>

/** Review decisions: what only reviewers may do. */
export const REVIEW_ACTIONS = ['return', 'approve', 'reject', 'change-final'] as const satisfies readonly Action[]

/** Which fee an order pays: the skills exam (实践技能) or, in Hubei, the written exam after skills results. */
export const FEE_KINDS = ['skills', 'written'] as const
/** The candidate's skills-exam result when a fee is paid. */
export const SKILLS_RESULTS = ['pending', 'passed', 'failed'] as const
/** Why the system withdraws an application. */
export const WITHDRAW_REASONS = ['', 'unpaid', 'no-materials'] as const

/** One entry of 考务人员反馈信息 as the candidate sees it. */
export const FeedbackEntry = z.object({ at: z.string(), text: z.string() })

/** An action attempted by an actor in a state: the subject of lock, review, payment and schedule rules. */
export const LifecycleEvent = z.object({
  actor: Actor,
  action: Action,
  state: ReviewState,
  payment: PaymentState,
  /** Reviews already passed: 0 none, 1 考点, 2 考区. */
  reviewsPassed: z.number().int(),
  /** When the action happens, ISO 8601 with offset. */
  at: z.string(),
  /** For upload/delete: the material acted on and whether it is unlocked for the candidate. */
  material: z.string(),
  materialUnlocked: z.boolean(),
  /** For returns: how many materials the reviewer named to unlock. */
  materialsNamed: z.number().int(),
  /** For returns and rejections: the message to the candidate; for 提交审核: the notice the site posts. */
  message: z.string(),
  /** The candidate acts on their own application / file (false: someone else's). */
  ownResource: z.boolean(),
  /** Skills-exam exempt (技能免考): owes no skills fee. */
  skillsExempt: z.boolean(),
  /** Amount charged or paid, in yuan. */
  amount: z.number(),
  /** For payment callbacks: the order was already recorded as paid. */
  orderAlreadyPaid: z.boolean(),
  /** For refunds: the channel of the refund equals the channel of the payment. */
  sameChannel: z.boolean(),
  /** The reviewer's site matches the candidate's (site reviewers see only their own 考点). */
  sameSite: z.boolean(),
  /** The deadline the candidate was given (resubmission, payment), ISO 8601; '' when none. */
  dueBy: z.string(),
  /** For returns: an SMS went to the registered mobile. */
  smsSent: z.boolean(),
  /** For 提交审核: the candidate made the truthfulness declaration (Hebei). */
  declared: z.boolean(),
  /** For entering the portal: national account name and password accepted, captcha right, ID number matches. */
  credentialsValid: z.boolean(),
  captchaValid: z.boolean(),
  idNumberMatches: z.boolean(),
  /** For entering the portal: the account authorised there in an earlier session (activated), this session not yet. */
  portalActivated: z.boolean(),
  /** For view-feedback: the messages shown, in display order. */
  feedback: z.array(FeedbackEntry),
  /** For records (education, training, certificate): used by a live application; verified (√). */
  recordInUse: z.boolean(),
  recordVerified: z.boolean(),
  /** For view-records: the lock and check marks the page shows. */
  lockShown: z.boolean(),
  checkShown: z.boolean(),
  /** For view-status: the page shows 已缴费. */
  paidShown: z.boolean(),
  /** For view-status: the review state the candidate's page shows. */
  stateShown: ReviewState,
  feeKind: z.enum(FEE_KINDS),
  skillsResult: z.enum(SKILLS_RESULTS),
  withdrawReason: z.enum(WITHDRAW_REASONS),
  /** For 提交审核: whose file it is (materials that apply follow from it); null when not needed. */
  candidate: Candidate.nullable(),
  /** For 提交审核: images stored per material ID. */
  uploaded: z.record(z.string(), z.number().int()),
})
export type LifecycleEvent = z.infer<typeof LifecycleEvent>

/** The notice the portal posts when materials are submitted for review. */
export const SUBMIT_NOTICE = '上报完成，内容已锁定。'

const defaults: Omit<LifecycleEvent, 'at'> = {
  actor: 'candidate',
  action: 'upload',
  state: 'submitted',
  payment: 'unpaid',
  reviewsPassed: 0,
  material: 'identity',
  materialUnlocked: true,
  materialsNamed: 0,
  message: '',
  ownResource: true,
  skillsExempt: false,
  amount: 0,
  orderAlreadyPaid: false,
  sameChannel: true,
  sameSite: true,
  dueBy: '',
  smsSent: false,
  declared: false,
  credentialsValid: true,
  captchaValid: true,
  idNumberMatches: true,
  portalActivated: false,
  feedback: [],
  recordInUse: false,
  recordVerified: false,
  lockShown: false,
  checkShown: false,
  paidShown: false,
  stateShown: 'draft',
  feeKind: 'skills',
  skillsResult: 'pending',
  withdrawReason: '',
  candidate: null,
  uploaded: {},
}

/** Skills-exam fee in yuan per profile where a seed states it (Hebei: 289元/人次); read by PAY-FEE-AMOUNT. */
export const SKILLS_FEE: Partial<Record<ProfileId, number>> = { 'hebei-shijiazhuang-2022': 289 }

/** Day the bases of reviewer actions happen: inside every profile's review period (2月14日 onwards). */
const reviewDay = (ctx: Ctx) => `${ctx.profile.examYear}-02-20`

/** Valid events to change in boundary cases, by name. The default is an upload while unlocked. */
export const LIFECYCLE_BASES: Record<string, (ctx: Ctx) => Partial<LifecycleEvent>> = {
  upload: () => ({}),
  delete: () => ({ action: 'delete-image' }),
  'submit-review': (ctx) => {
    const candidate = candidateExample(undefined, ctx)
    return { action: 'submit-review', declared: true, message: SUBMIT_NOTICE, candidate, uploaded: completeUploads(candidate, ctx.profile.id) }
  },
  resubmit: (ctx) => ({
    ...LIFECYCLE_BASES['submit-review']!(ctx), state: 'returned', at: `${reviewDay(ctx)}T10:00:00+08:00`, dueBy: `${reviewDay(ctx)}T17:00:00+08:00`,
  }),
  'enter-portal': () => ({ action: 'enter-portal' }),
  return: (ctx) => ({ actor: 'site-reviewer', action: 'return', state: 'under-review', materialsNamed: 1, message: '毕业证编号无法辨别，请重新上传！', materialUnlocked: false, smsSent: true, at: `${reviewDay(ctx)}T10:00:00+08:00` }),
  approve: (ctx) => ({ actor: 'site-reviewer', action: 'approve', state: 'under-review', materialUnlocked: false, at: `${reviewDay(ctx)}T10:00:00+08:00` }),
  'region-approve': (ctx) => ({ actor: 'region-reviewer', action: 'approve', state: 'site-approved', reviewsPassed: 1, materialUnlocked: false, at: `${reviewDay(ctx)}T10:00:00+08:00` }),
  reject: (ctx) => ({ actor: 'site-reviewer', action: 'reject', state: 'under-review', message: '学历不符合报考条件', materialUnlocked: false, at: `${reviewDay(ctx)}T10:00:00+08:00` }),
  'expire-return': (ctx) => ({ actor: 'system', action: 'reject', state: 'returned', materialUnlocked: false, dueBy: `${reviewDay(ctx)}T17:00:00+08:00`, at: `${reviewDay(ctx)}T17:01:00+08:00` }),
  'view-feedback': (ctx) => ({
    action: 'view-feedback', state: 'returned',
    feedback: [
      { at: `${ctx.profile.examYear}/2/20 10:00:00`, text: '毕业证编号无法辨别，请重新上传！' },
      { at: `${ctx.profile.examYear}/1/15 10:00:00`, text: SUBMIT_NOTICE },
    ],
  }),
  'read-file': () => ({ action: 'read-file' }),
  'edit-application': () => ({ action: 'edit-application', state: 'draft' }),
  'edit-record': () => ({ action: 'edit-record-in-use' }),
  'view-records': () => ({ action: 'view-records', recordInUse: true, lockShown: true, recordVerified: true, checkShown: true }),
  pay: (ctx) => ({ action: 'pay', state: 'approved', reviewsPassed: 2, amount: SKILLS_FEE[ctx.profile.id] ?? 0 }),
  callback: () => ({ actor: 'gateway', action: 'payment-callback', state: 'approved', reviewsPassed: 2 }),
  'view-status': () => ({ action: 'view-status', state: 'approved', payment: 'paid', paidShown: true, stateShown: 'approved' }),
  refund: () => ({ actor: 'system', action: 'refund', state: 'rejected', payment: 'paid' }),
  withdraw: (ctx) => ({ actor: 'system', action: 'withdraw', withdrawReason: 'unpaid', state: 'approved', dueBy: `${ctx.refDate}T09:00:00+08:00` }),
  abandon: () => ({ action: 'abandon', state: 'submitted' }),
  apply: () => ({ action: 'apply', state: 'draft' }),
  'edit-personal-info': () => ({ action: 'edit-personal-info', state: 'submitted' }),
}

/** A valid base event (named in LIFECYCLE_BASES), timed inside the profile's window by default. */
export function lifecycleBase(name: string | undefined, ctx: Ctx): LifecycleEvent {
  const base = LIFECYCLE_BASES[name ?? 'upload']
  if (!base) throw new Error(`unknown lifecycle base "${name}": use one of ${Object.keys(LIFECYCLE_BASES).join(', ')}`)
  return structuredClone({ ...defaults, at: `${ctx.refDate}T10:00:00+08:00`, ...base(ctx) })
}

/** Review levels per profile: Hebei has 考点 then 考区 (复审); the others decide at one level. */
export const REVIEW_LEVELS: Record<ProfileId, 1 | 2> = {
  national: 1, 'national-2025': 1, 'hubei-2022': 1, 'hubei-2026': 1, 'hebei-shijiazhuang-2022': 2, 'hunan-2025': 1,
}

/** One allowed move of the review state machine; `levels` limits it to profiles with that many review levels. */
export interface Transition {
  from: ReviewState
  action: Action
  actors: readonly Actor[]
  to: ReviewState
  levels?: 1 | 2
}

/**
 * The review state machine as data (state × action × actor → next state); what is not listed is
 * refused. Locks, windows and deadlines on top of it are rules of the catalogue.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', action: 'apply', actors: ['candidate'], to: 'submitted' },
  { from: 'abandoned', action: 'apply', actors: ['candidate'], to: 'submitted' },
  { from: 'submitted', action: 'abandon', actors: ['candidate'], to: 'abandoned' },
  { from: 'submitted', action: 'upload', actors: ['candidate'], to: 'submitted' },
  { from: 'submitted', action: 'delete-image', actors: ['candidate'], to: 'submitted' },
  { from: 'submitted', action: 'submit-review', actors: ['candidate'], to: 'under-review' },
  { from: 'submitted', action: 'withdraw', actors: ['system'], to: 'withdrawn' },
  { from: 'under-review', action: 'return', actors: ['site-reviewer'], to: 'returned' },
  { from: 'under-review', action: 'approve', actors: ['site-reviewer'], to: 'approved', levels: 1 },
  { from: 'under-review', action: 'approve', actors: ['site-reviewer'], to: 'site-approved', levels: 2 },
  { from: 'under-review', action: 'reject', actors: ['site-reviewer'], to: 'rejected' },
  { from: 'returned', action: 'upload', actors: ['candidate'], to: 'returned' },
  { from: 'returned', action: 'delete-image', actors: ['candidate'], to: 'returned' },
  { from: 'returned', action: 'submit-review', actors: ['candidate'], to: 'under-review' },
  { from: 'returned', action: 'reject', actors: ['system'], to: 'rejected' },
  { from: 'site-approved', action: 'approve', actors: ['region-reviewer'], to: 'approved', levels: 2 },
  { from: 'site-approved', action: 'reject', actors: ['region-reviewer'], to: 'rejected', levels: 2 },
  { from: 'site-approved', action: 'change-final', actors: ['region-reviewer'], to: 'rejected', levels: 2 },
  { from: 'approved', action: 'withdraw', actors: ['system'], to: 'withdrawn' },
]

/** The state an action leads to under a profile, or null when the state machine refuses it. */
export function nextState(from: ReviewState, action: Action, actor: Actor, profile: ProfileId): ReviewState | null {
  const levels = REVIEW_LEVELS[profile]
  const t = TRANSITIONS.find((x) => x.from === from && x.action === action && x.actors.includes(actor) && (!x.levels || x.levels === levels))
  return t?.to ?? null
}
