import { beijing } from '../clock.ts'

/** A stored instant as 考务人员反馈信息 prints it: 2020/3/14 22:02:08 (Beijing). */
export function feedbackTime(iso: string): string {
  const t = beijing(new Date(iso)).dateTime
  const [d, time] = t.split(' ') as [string, string]
  const [y, m, day] = d.split('-')
  return `${y}/${Number(m)}/${Number(day)} ${time}`
}

/** A stored instant as ISO 8601 in Beijing time, the way lifecycle events carry it. */
export const beijingIso = (iso: string): string => beijing(new Date(iso)).iso
