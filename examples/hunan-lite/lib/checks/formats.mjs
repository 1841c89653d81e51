// Formats shared by the forms: half-width text, YYYY-MM months, real dates, age.

/** "所有手工填写内容均须为半角": no full-width ASCII forms, no ideographic space. */
export const isHalfWidth = (text) => !/[\u3000\uFF01-\uFF5E]/u.test(text)

/** YYYY-MM with the hyphen and a real month (seed 002: 格式为 YYYY-MM,中间需要加横杠). */
export const isYearMonth = (text) => /^(19|20)\d{2}-(0[1-9]|1[0-2])$/.test(text)

/** YYYY-MM-DD that exists in the calendar. */
export function isRealDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const d = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text
}

/** Whole years from a birth date to a reference date, both YYYY-MM-DD. */
export function ageOn(birth, ref) {
  const [by, bm, bd] = birth.split('-').map(Number)
  const [ry, rm, rd] = ref.split('-').map(Number)
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0)
}

/** Trimmed string of a form value (absent → ''). */
export const text = (v) => (v === undefined || v === null ? '' : String(v).trim())
