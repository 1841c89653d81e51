import { z } from 'zod'
import { Candidate } from './candidate.ts'
import { candidateExample } from './examples.ts'
import { uploadBase, UploadAttempt } from './upload.ts'
import { lifecycleBase, LifecycleEvent } from './lifecycle.ts'
import { accountBase, AccountAttempt } from './account.ts'
import { pageViewBase, PageView } from './pageView.ts'
import type { Ctx } from './rule.ts'

/**
 * What a rule can check. `candidate`: the data a candidate enters (registration, personal
 * information, application). `upload`: one image sent to the materials portal. `event`: an action
 * attempted in a lifecycle state (submit, return for correction, pay, …). `account`: an action on
 * the account itself (register twice, log in, recover or change the password). `page`: what the
 * target's pages show (the wizard's steps, a field's colour), read through the adapter.
 */
export const SUBJECTS = {
  candidate: { schema: Candidate, base: candidateExample },
  upload: { schema: UploadAttempt, base: uploadBase },
  event: { schema: LifecycleEvent, base: lifecycleBase },
  account: { schema: AccountAttempt, base: accountBase },
  page: { schema: PageView, base: pageViewBase },
} satisfies Record<string, { schema: z.ZodType; base: (name: string | undefined, ctx: Ctx) => unknown }>

export type SubjectKind = keyof typeof SUBJECTS
export type SubjectOf<K extends SubjectKind> = z.infer<(typeof SUBJECTS)[K]['schema']>
