import { InvalidArgumentError } from 'commander'
import { PROFILE_IDS, ProfileId } from '../rules/profiles.ts'

/** Commander parser for --profile: names the valid profiles when the value is wrong. */
export function parseProfile(value: string): ProfileId {
  const r = ProfileId.safeParse(value)
  if (!r.success) throw new InvalidArgumentError(`unknown profile "${value}"; use one of: ${PROFILE_IDS.join(', ')}`)
  return r.data
}

/** Commander parser for a choice among fixed values. */
export function parseChoice<T extends string>(choices: readonly T[], what: string) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`unknown ${what} "${value}"; use one of: ${choices.join(', ')}`)
    return value as T
  }
}

/** Commander parser for a whole number in a range (counts, seeds). */
export function parseInteger(what: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value)
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${what} must be a whole number from ${min} to ${max}, got "${value}"`)
    }
    return n
  }
}
