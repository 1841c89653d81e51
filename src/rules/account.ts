import { z } from 'zod'
import type { Ctx } from './rule.ts'

/** What a candidate does with the account itself (not the data of an application). */
export const ACCOUNT_ACTIONS = ['register', 'login', 'recover-password', 'change-password', 'change-username'] as const

/**
 * One attempted account action: the subject of the account rules that are behaviours of the
 * account service (a second registration, a login, a password change).
 */
export const AccountAttempt = z.object({
  action: z.enum(ACCOUNT_ACTIONS),
  /** register: an account already exists for this name and identity document. */
  identityRegistered: z.boolean(),
  /** login: the password typed, and the one set at registration. */
  typedPassword: z.string(),
  storedPassword: z.string(),
  /** recover-password: which of name, document number and recovery answer match the account. */
  nameMatches: z.boolean(),
  idNumberMatches: z.boolean(),
  answerMatches: z.boolean(),
  /** change-password: the current password typed is right; the new one typed twice. */
  currentPasswordCorrect: z.boolean(),
  newPassword: z.string(),
  confirmPassword: z.string(),
})
export type AccountAttempt = z.infer<typeof AccountAttempt>

const defaults: AccountAttempt = {
  action: 'login',
  identityRegistered: false,
  typedPassword: 'Abc12345',
  storedPassword: 'Abc12345',
  nameMatches: true,
  idNumberMatches: true,
  answerMatches: true,
  currentPasswordCorrect: true,
  newPassword: 'Xyz67890',
  confirmPassword: 'Xyz67890',
}

/** Valid account actions to change in boundary cases, by name (the action itself). */
export function accountBase(name: string | undefined, _ctx: Ctx): AccountAttempt {
  const action = z.enum(ACCOUNT_ACTIONS).safeParse(name ?? 'login')
  if (!action.success) throw new Error(`unknown account base "${name}": use one of ${ACCOUNT_ACTIONS.join(', ')}`)
  return { ...defaults, action: action.data }
}
