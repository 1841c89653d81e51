import { SEEDS } from '../seeds.ts'
import { defineRule, type AnyRule, type Case, type ProfileSpec } from '../rule.ts'
import type { LifecycleEvent } from '../lifecycle.ts'

/** A window of whole days in Beijing time: from the first minute of `from` to the last of `to`. */
export interface Window { from: string; to: string }

const DAY = 86_400_000
const start = (w: Window) => Date.parse(`${w.from}T00:00:00+08:00`)
const end = (w: Window) => Date.parse(`${w.to}T00:00:00+08:00`) + DAY // exclusive
const inside = (at: string, w: Window) => {
  const t = Date.parse(at)
  return t >= start(w) && t < end(w)
}
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

/** Boundary cases of a window, at its first and last minute, in Beijing time and in UTC. */
function windowCases(w: Window, base: string, set: Record<string, unknown> = {}): Case[] {
  return [
    { name: 'first minute', base, set, value: `${w.from}T00:00:00+08:00`, expected: 'accept' },
    { name: 'last minute before opening', base, set, value: `${shift(w.from, -1)}T23:59:00+08:00`, expected: 'reject' },
    { name: 'last minute', base, set, value: `${w.to}T23:59:00+08:00`, expected: 'accept' },
    { name: 'first minute after closing', base, set, value: `${shift(w.to, 1)}T00:00:00+08:00`, expected: 'reject' },
    { name: 'last minute written in UTC', base, set, value: `${w.to}T15:59:00Z`, expected: 'accept' },
    { name: 'first minute after closing written in UTC', base, set, value: `${w.to}T16:00:00Z`, expected: 'reject' },
  ]
}

/** Registration windows per profile; null where the seed gives no dates. */
const REGISTRATION: ProfileSpec<Window> = {
  base: null,
  overrides: {
    'hubei-2022': { from: '2022-01-12', to: '2022-01-25' },
    'hubei-2026': null,
    'hebei-shijiazhuang-2022': { from: '2022-01-12', to: '2022-01-25' },
    'hunan-2025': { from: '2025-01-08', to: '2025-01-27' },
  },
}
const REGISTRATION_NOTE = 'Windows (Beijing time, whole days inclusive): Hubei 2022 1月12日-1月25日 (seed 000); Hebei 2022 1月12日至25日24时 (seed 003, 24时 = end of the 25th); Hunan 2025 "1月上旬至月底(农历春节前)" (seed 004), assumed 2025-01-08 to 2025-01-27 as profiles.ts states. The national guide (002) and Hubei 2026 (001) give no dates: the window is the year\'s announcement, so the rule is not applied there rather than invented.'
const REGISTRATION_SOURCES = [
  { seed: SEEDS.hubei2022, section: '一、网上报名程序', quote: '网上报名程序（1月12日-1月25日）' },
  { seed: SEEDS.hebei2022, section: '一、网上报名', quote: '考生可于2022年1月12日至25日24时期间' },
  { seed: SEEDS.hunan2025, section: '一、网报时间', quote: '2025年1月上旬至月底(农历春节前)' },
]

/** Upload windows: the portal opens with registration and closes with it (Hubei 2022, Hebei). */
const UPLOAD: ProfileSpec<Window> = {
  base: null,
  overrides: { 'hubei-2022': { from: '2022-01-12', to: '2022-01-25' }, 'hubei-2026': null, 'hebei-shijiazhuang-2022': { from: '2022-01-12', to: '2022-01-25' } },
}
const UPLOAD_NOTE = 'Hebei: the upload port opens with registration (同时开通) and late uploads count as abandoning (逾期未上传…视为放弃报名); no separate date is given, so the profile assumes the registration window. Hubei 2022 puts uploading inside the 1月12日-1月25日 registration procedure. Hubei 2026 gives no dates; national and Hunan have no portal. Returned materials (state returned) are outside this window: they follow the review.'

const candidateActs = (e: LifecycleEvent, ...actions: string[]) => e.actor === 'candidate' && actions.includes(e.action)

export const scheduleRules: AnyRule[] = [
  defineRule<Window, 'event'>({
    id: 'SCHED-APPLY-WINDOW',
    level: 'must',
    area: 'schedule',
    stage: 'application',
    title: '只能在网上报名期间报名，逾期不予补报',
    summary: 'A new application (including one after abandoning) is accepted only inside the registration window; no late registration.',
    message: '不在网上报名时间内（{from}至{to}），逾期不予补报。',
    sources: [
      ...REGISTRATION_SOURCES,
      { seed: SEEDS.hebei2022, section: '一、网上报名', quote: '逾期不予补报' },
      { seed: SEEDS.hunan2025, section: '二、网报注意 5', quote: '网报错过时间无法进行补报名' },
    ],
    profiles: REGISTRATION,
    note: REGISTRATION_NOTE,
    check: { subject: 'event', path: 'at', applies: (e) => candidateActs(e, 'apply'), test: (e, w) => (inside(e.at, w) ? null : { code: 'outside-window' }) },
    cases: (w) => [
      ...windowCases(w, 'apply'),
      { name: 're-apply after abandoning, inside the window', base: 'apply', set: { state: 'abandoned' }, value: `${w.to}T12:00:00+08:00`, expected: 'accept' },
      { name: 're-apply after abandoning, after the window', base: 'apply', set: { state: 'abandoned' }, value: `${shift(w.to, 1)}T08:00:00+08:00`, expected: 'reject' },
    ],
  }),
  defineRule<Window, 'event'>({
    id: 'SCHED-ABANDON-WINDOW',
    level: 'must',
    area: 'schedule',
    stage: 'application',
    title: '放弃报考只能在网上报名期间进行',
    summary: 'Abandoning an application (to apply again) is possible only while the registration window is open.',
    message: '网上报名已结束，不能放弃报考后重新报名。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名', quote: '在网上报名期间,可通过报考项目方框右下方的 "放弃报考"予以放弃' },
      { seed: SEEDS.hunan2025, section: '二、网报注意 12', quote: '网报开放期间可取消重新报名' },
      ...REGISTRATION_SOURCES,
    ],
    profiles: REGISTRATION,
    note: REGISTRATION_NOTE,
    check: { subject: 'event', path: 'at', applies: (e) => candidateActs(e, 'abandon'), test: (e, w) => (inside(e.at, w) ? null : { code: 'outside-window' }) },
    cases: (w) => windowCases(w, 'abandon'),
  }),
  defineRule<Window, 'event'>({
    id: 'SCHED-UPLOAD-DEADLINE',
    level: 'must',
    area: 'schedule',
    stage: 'materials',
    title: '材料须在报名期间上传并提交',
    summary: 'First uploads and the first 提交审核 happen inside the upload window (the registration window); later they are refused.',
    message: '材料上传时间已截止，逾期未上传材料的考生视为放弃报名。',
    sources: [
      { seed: SEEDS.hebei2022, section: '二、(一)', quote: '报名材料上传端口与网上报名系统同时开通' },
      { seed: SEEDS.hebei2022, section: '二、(一)', quote: '逾期未上传材料的考生视为放弃报名' },
      { seed: SEEDS.hubei2022, section: '一、网上报名程序', quote: '逾期不予补报，未上传相关证件及证明材料、未缴费均视为无效报名' },
    ],
    profiles: UPLOAD,
    note: UPLOAD_NOTE,
    check: {
      subject: 'event', path: 'at',
      applies: (e) => e.state === 'submitted' && candidateActs(e, 'upload', 'delete-image', 'submit-review'),
      test: (e, w) => (inside(e.at, w) ? null : { code: 'upload-closed' }),
    },
    cases: (w) => [
      { name: 'upload on the last day', value: `${w.to}T23:59:00+08:00`, expected: 'accept' },
      { name: 'upload the day after', value: `${shift(w.to, 1)}T00:00:00+08:00`, expected: 'reject' },
      { name: 'submit on the last day', base: 'submit-review', value: `${w.to}T23:59:00+08:00`, expected: 'accept' },
      { name: 'first submit after the window', base: 'submit-review', value: `${shift(w.to, 1)}T09:00:00+08:00`, expected: 'reject' },
    ],
  }),
  defineRule<Window, 'event'>({
    id: 'SCHED-MATERIALS-MISSING-WITHDRAWN',
    level: 'must',
    area: 'schedule',
    stage: 'materials',
    title: '逾期未上传材料视为放弃报名',
    summary: 'An application whose materials were never submitted for review by the end of the upload window is treated as withdrawn; not before, and not once submitted.',
    message: '材料上传期限未到或材料已提交，不能按放弃报名处理。',
    sources: [
      { seed: SEEDS.hebei2022, section: '二、(一)', quote: '逾期未上传材料的考生视为放弃报名' },
      { seed: SEEDS.hubei2022, section: '一、网上报名程序', quote: '未上传相关证件及证明材料、未缴费均视为无效报名' },
    ],
    profiles: UPLOAD,
    note: UPLOAD_NOTE,
    check: {
      subject: 'event', path: 'at',
      applies: (e) => e.action === 'withdraw' && e.withdrawReason === 'no-materials',
      test: (e, w) => {
        if (e.state !== 'submitted') return { code: 'materials-submitted' }
        return Date.parse(e.at) >= end(w) ? null : { code: 'deadline-not-passed' }
      },
    },
    cases: (w) => {
      const set = { withdrawReason: 'no-materials', state: 'submitted' }
      return [
        { name: 'first minute after the window', base: 'withdraw', set, value: `${shift(w.to, 1)}T00:00:00+08:00`, expected: 'accept' },
        { name: 'last minute of the window', base: 'withdraw', set, value: `${w.to}T23:59:00+08:00`, expected: 'reject' },
        { name: 'materials already submitted', base: 'withdraw', set: { ...set, state: 'under-review' }, value: `${shift(w.to, 1)}T00:00:00+08:00`, expected: 'reject' },
      ]
    },
  }),
  defineRule<Window, 'event'>({
    id: 'SCHED-REVIEW-PERIOD',
    level: 'must',
    area: 'schedule',
    stage: 'review',
    title: '考点审核在规定的审核期间进行',
    summary: 'Site reviewers return, approve or reject only inside the review period (from 14 February; to 27 February in Hebei, to the 31 March qualification deadline in Hubei).',
    message: '不在资格审核期间（{from}至{to}）。',
    sources: [
      { seed: SEEDS.hebei2022, section: '二、(二)', quote: '考点将于2022年2月14日—2月27日进行线上审核' },
      { seed: SEEDS.hubei2022, section: '三、(二)', quote: '2月14日-27日为现场审核时间' },
      { seed: SEEDS.hubei2022, section: '三、(四)', quote: '3月31日为资格审核截止时间' },
    ],
    profiles: {
      base: null,
      overrides: {
        'hubei-2022': { from: '2022-02-14', to: '2022-03-31' },
        'hubei-2026': null,
        'hebei-shijiazhuang-2022': { from: '2022-02-14', to: '2022-02-27' },
      },
    },
    note: 'Hebei: the 考点 reviews online 2月14日—2月27日; the 考区 复审 has no dates, so region reviewers are not bound here. Hubei 2022 has two dates: 现场审核 2月14日-27日, and 资格审核截止 3月31日, until which sites keep checking and contacting candidates; the profile lets site decisions run to 3月31日. National, Hunan and Hubei 2026 give no review dates.',
    check: {
      subject: 'event', path: 'at',
      applies: (e) => e.actor === 'site-reviewer' && ['return', 'approve', 'reject'].includes(e.action),
      test: (e, w) => (inside(e.at, w) ? null : { code: 'outside-review-period' }),
    },
    cases: (w) => windowCases(w, 'approve'),
  }),
  defineRule<Window, 'event'>({
    id: 'SCHED-PERSONAL-INFO-FROZEN',
    level: 'must',
    area: 'schedule',
    stage: 'personal-info',
    title: '网报结束后无法修改个人信息',
    summary: 'After the registration window closes the candidate can no longer edit personal information (Hunan).',
    message: '网上报名已结束，个人信息不能再修改；如有错误请在现场审核时联系考点。',
    sources: [{ seed: SEEDS.hunan2025, section: '二、网报注意 6', quote: '网报结束后无法修改个人信息' }],
    profiles: { base: null, overrides: { 'hunan-2025': { from: '2025-01-08', to: '2025-01-27' } } },
    note: 'Only Hunan states it; the window is the Hunan registration window assumed in profiles.ts. Nationally, basic information is fixed at registration anyway and other parts stay editable (seed 002).',
    check: { subject: 'event', path: 'at', applies: (e) => candidateActs(e, 'edit-personal-info'), test: (e, w) => (Date.parse(e.at) < end(w) ? null : { code: 'window-closed' }) },
    cases: (w) => [
      { name: 'last minute of the window', base: 'edit-personal-info', value: `${w.to}T23:59:00+08:00`, expected: 'accept' },
      { name: 'first minute after', base: 'edit-personal-info', value: `${shift(w.to, 1)}T00:00:00+08:00`, expected: 'reject' },
    ],
  }),
]
