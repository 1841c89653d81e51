import { z } from 'zod'
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
] as const
export const Action = z.enum(ACTIONS)
export type Action = z.infer<typeof Action>

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
  /** For returns and rejections: the message to the candidate. */
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
})
export type LifecycleEvent = z.infer<typeof LifecycleEvent>

const defaults: LifecycleEvent = {
  actor: 'candidate',
  action: 'upload',
  state: 'submitted',
  payment: 'unpaid',
  reviewsPassed: 0,
  at: '',
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
}

/** Valid events to change in boundary cases, by name. The default is an upload while unlocked. */
export const LIFECYCLE_BASES: Record<string, Partial<LifecycleEvent>> = {
  upload: {},
  'submit-review': { action: 'submit-review' },
  return: { actor: 'site-reviewer', action: 'return', state: 'under-review', materialsNamed: 1, message: '毕业证编号无法辨别，请重新上传！', materialUnlocked: false },
  approve: { actor: 'site-reviewer', action: 'approve', state: 'under-review', materialUnlocked: false },
  reject: { actor: 'site-reviewer', action: 'reject', state: 'under-review', message: '学历不符合报考条件', materialUnlocked: false },
  pay: { action: 'pay', state: 'approved', reviewsPassed: 2, amount: 0 },
  callback: { actor: 'gateway', action: 'payment-callback', state: 'approved', reviewsPassed: 2 },
  refund: { actor: 'system', action: 'refund', state: 'rejected', payment: 'paid' },
  abandon: { action: 'abandon', state: 'submitted' },
  apply: { action: 'apply', state: 'draft' },
}

/** A valid base event (named in LIFECYCLE_BASES), timed inside the profile's window by default. */
export function lifecycleBase(name: string | undefined, ctx: Ctx): LifecycleEvent {
  const base = LIFECYCLE_BASES[name ?? 'upload']
  if (!base) throw new Error(`unknown lifecycle base "${name}": use one of ${Object.keys(LIFECYCLE_BASES).join(', ')}`)
  return { ...defaults, at: `${ctx.refDate}T10:00:00+08:00`, ...base }
}
