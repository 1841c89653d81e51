import { Refusal } from './fieldError.ts'

/** An ISO instant from what a form or a client typed, or a 400 saying which field is not a date-time and what to send. */
export function instantOf(text: string, path: string, label: string): string {
  const d = new Date(text)
  if (Number.isNaN(d.getTime())) throw Refusal.of('bad-date', `${label}格式不正确：请填写日期和时间，如 2026-01-20 17:00。`, 400, path)
  return d.toISOString()
}
