import { dictionary } from './dictionary.mjs'
import { refuse } from './problems.mjs'

// 网报时间 (seed 004 一: 2025年1月上旬至月底(农历春节前)): 2025-01-08 to 2025-01-27, Beijing time.
const opens = new Date(dictionary.session.opens)
const closes = new Date(dictionary.session.closes)

export const windowText = '2025年1月8日至1月27日'
export const isOpen = (now) => now >= opens && now < closes
export const isOver = (now) => now >= closes

/** Refuses an application action outside the window (网报错过时间无法进行补报名). */
export function requireOpen(now) {
  if (!isOpen(now)) refuse(409, 'window', `不在网上报名时间内（${windowText}），逾期不予补报`)
}

/** Refuses a change of 个人信息 after the window (网报结束后无法修改个人信息). */
export function requireNotOver(now) {
  if (isOver(now)) refuse(409, 'window', '网上报名已结束，个人信息不能再修改')
}
