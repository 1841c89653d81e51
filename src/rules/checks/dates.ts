/** YYYY-MM with a real month. */
export const YEAR_MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/

/** YYYY-MM-DD that exists in the calendar. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** Whole years between a birth date and a reference date (both YYYY-MM-DD). */
export function ageOn(birthDate: string, refDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number]
  const [ry, rm, rd] = refDate.split('-').map(Number) as [number, number, number]
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0)
}

/** Whole months from one YYYY-MM(-DD) to another; positive when `to` is later. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number]
  const [ty, tm] = to.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + (tm - fm)
}

/** Adds whole months to a YYYY-MM-DD date (clamped to the month's end). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, last))
  return target.toISOString().slice(0, 10)
}
