// GB 11643-1999 citizen identification number: 6-digit region, 8-digit birth date, 3-digit
// sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character for the first 17 digits. */
export function checkChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`need 17 digits, got "${first17}"`)
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!
  return CHECK_CHARS[sum % 11]!
}

/** True when the date YYYYMMDD exists in the calendar. */
export function isRealDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false
  const y = Number(yyyymmdd.slice(0, 4)), m = Number(yyyymmdd.slice(4, 6)), d = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export interface ResidentIdParts {
  region: string
  /** YYYY-MM-DD. */
  birthDate: string
  sex: '男' | '女'
}

/** Splits a structurally valid 18-character ID into its parts; undefined if not 17 digits + check. */
export function parseResidentId(id: string): ResidentIdParts | undefined {
  if (!/^\d{17}[\dX]$/.test(id)) return undefined
  const birth = id.slice(6, 14)
  if (!isRealDate(birth)) return undefined
  return {
    region: id.slice(0, 6),
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    sex: Number(id[16]) % 2 === 1 ? '男' : '女',
  }
}

/** Builds a valid ID from its parts; `sequence` is 0-999 and its parity is fixed to the sex. */
export function buildResidentId(region: string, birthDate: string, sex: '男' | '女', sequence: number): string {
  const seq = sequence - (sequence % 2) + (sex === '男' ? 1 : 0)
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`
  return first17 + checkChar(first17)
}
