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

/** Commander parser for a TCP port (0: any free port). */
export function parsePort(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new InvalidArgumentError(`port must be a whole number from 0 to 65535 (0: any free port), got "${value}"`)
  return n
}

/** Commander parser for an instant with its offset, e.g. 2026-01-15T10:00:00+08:00. */
export function parseInstant(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`must be a date-time with its offset, e.g. 2026-01-15T10:00:00+08:00, got "${value}"`)
  }
  return value
}

/** Commander parser for a shard `i/n` (1 ≤ i ≤ n). */
export function parseShard(value: string): string {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new InvalidArgumentError(`must be i/n with 1 ≤ i ≤ n, e.g. 2/4, got "${value}"`)
  return `${Number(m[1])}/${Number(m[2])}`
}
