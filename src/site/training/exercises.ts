import { stringify } from 'csv-stringify/sync'
import { generateCandidate } from '../../generator/index.ts'
import { mix } from '../../generator/random.ts'
import { documentFile, drawMaterial, FAULT_TITLES, type Fault } from '../../generator/images/documentImage.ts'
import { materialsFor, type Material, type MaterialId } from '../../rules/materials.ts'
import { personasOf } from '../../generator/personas/index.ts'
import { seedStage } from '../demo/seedStage.ts'
import { ruleParams } from '../lifecycle/ruleApplies.ts'
import { DECISION_NAMES, type Decision } from '../review/reviewActions.ts'
import type { SiteContext } from '../siteContext.ts'
import type { ExerciseItem, ExerciseSet } from '../store/classroom.ts'
import { Refusal } from '../validation/fieldError.ts'
import { loginOf } from './createClass.ts'

// A set gives every trainee's 考点 reviewer one application per fault (and one without), under review,
// with realistic material images; the answer key says what a correct reviewer decides.

/** The exercises of a set, one per fault. */
export const EXERCISE_FAULTS: readonly Fault[] = ['none', 'other-name', 'expired-id', 'blurred', 'cropped', 'missing-stamp', 'wrong-document', 'waiting-period']

/** The material a fault is planted in and the decision a correct reviewer makes (null: the fault cannot be shown for this candidate). */
export function answerKey(fault: Fault, materials: readonly Material[]): { material: MaterialId | ''; expected: Decision } | null {
  const has = (id: MaterialId) => materials.some((m) => m.id === id)
  const document: MaterialId | undefined = has('diploma') ? 'diploma' : materials.find((m) => m.id !== 'identity')?.id
  switch (fault) {
    case 'none': return { material: '', expected: 'approve' }
    case 'expired-id': return has('identity') ? { material: 'identity', expected: 'return' } : null
    case 'wrong-document': return has('verification-report') ? { material: 'verification-report', expected: 'return' } : document ? { material: document, expected: 'return' } : null
    // A registration date that breaks the waiting period makes the candidate ineligible: not fixable by a new upload.
    case 'waiting-period': return has('assistant-license') ? { material: 'assistant-license', expected: 'reject' } : null
    default: return document ? { material: document, expected: 'return' } : null
  }
}

/** Starts a new exercise set for every trainee (the previous sets' applications stay, out of the score board). */
export function startExerciseSet(site: SiteContext, seed: number): ExerciseSet {
  if (!Number.isInteger(seed) || seed < 0) throw Refusal.of('bad-seed', '随机种子应为非负整数。', 422, 'seed')
  const trainees = site.classroom.trainees()
  if (!trainees.length) throw Refusal.of('no-class', '请先创建学员账号，再开始练习。', 409)
  const capBytes = (ruleParams<{ maxKB: number }>(site, 'MATERIAL-IMAGE-SIZE')?.maxKB ?? 200) * site.profile.kbBytes
  const today = site.ruleCtx().refDate
  return site.db.transaction(() => {
    const set = site.classroom.addSet(seed, site.nowIso())
    for (const [t, trainee] of trainees.entries()) {
      const reviewer = site.users.byUsername(loginOf(trainee.code, 'kaodian'))!
      const hash = { hash: site.users.hash(trainee.password) }
      const order = [...EXERCISE_FAULTS].sort((a, b) => mix(seed + t, EXERCISE_FAULTS.indexOf(a)) - mix(seed + t, EXERCISE_FAULTS.indexOf(b)))
      order.forEach((fault, k) => {
        const itemSeed = mix(seed, t * 100 + k) % 1_000_000 + 700_000
        const persona = fault === 'waiting-period' ? 'assistant-upgrade-zhuanke' : 'fresh-graduate'
        if (!personasOf(site.profile.id).includes(persona)) return
        const g = generateCandidate({ seed: itemSeed, profile: site.profile.id, persona, refDate: today }).candidate
        const key = answerKey(fault, (materialsFor(g, site.profile.id) ?? []).filter((m) => m.required))
        if (!key) return
        const otherName = generateCandidate({ seed: itemSeed + 1, profile: site.profile.id, persona: 'fresh-graduate', refDate: today }).candidate.name
        const seeded = seedStage(site, {
          stage: 'under-review', username: `${trainee.code}-s${set.id}-${k + 1}`, password: hash, seed: itemSeed, persona,
          areaCode: reviewer.areaCode ?? '', siteCode: trainee.siteCode, trainee: trainee.code,
          images: (m, c) => Array.from({ length: m.images.min }, (_, page) => {
            const f = documentFile(drawMaterial(m.id, c, 480, { page, fault: m.id === key.material ? fault : 'none', today, otherName }), capBytes)
            return { ...f, fileName: `${m.id}-${page + 1}.${f.format === 'png' ? 'png' : 'jpg'}` }
          }),
        })
        site.classroom.addItem({ setId: set.id, trainee: trainee.code, appId: seeded.appId, fault, material: key.material, expected: key.expected })
      })
    }
    return set
  })()
}

/** One exercise as a trainee's reviewer decided it, against the key. */
export interface ScoredItem { item: ExerciseItem; candidate: string; decision: Decision | null; unlocked: readonly string[]; correct: boolean; decidedAt: string | null }

/** One trainee's line on the score board. */
export interface ScoreLine {
  trainee: string
  total: number
  decided: number
  correct: number
  /** correct / total, 0..1. */
  accuracy: number
  /** Minutes from the set's start to the trainee's last decision (null: none yet). */
  minutes: number | null
  /** Faults the trainee let through (approved, or returned without unlocking the faulted material). */
  missed: Fault[]
  items: ScoredItem[]
}

const DECIDING: readonly string[] = ['approve', 'return', 'reject', 'change-final']

/** The score board of the current set: each trainee's reviewer decisions (the audit log) against the answer key. */
export function scoreBoard(site: SiteContext): { set: ExerciseSet | null; lines: ScoreLine[] } {
  const set = site.classroom.currentSet()
  if (!set) return { set, lines: [] }
  const items = site.classroom.items(set.id)
  const lines = site.classroom.trainees().map((t): ScoreLine => {
    const staff = new Set(site.users.list().filter((u) => u.trainee === t.code && u.role !== 'candidate').map((u) => u.id))
    const scored = items.filter((i) => i.trainee === t.code).map((item): ScoredItem => {
      const first = site.audit.list(item.appId).filter((e) => DECIDING.includes(e.action) && staff.has(e.actorId)).sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id)[0]
      const decision = (first?.action as Decision | undefined) ?? null
      const unlocked = decision === 'return' ? site.portal.extras(item.appId).unlocked : []
      const correct = decision === item.expected && (decision !== 'return' || unlocked.includes(item.material))
      return { item, candidate: site.users.byId(site.applications.byId(item.appId)!.userId)?.displayName ?? '', decision, unlocked, correct, decidedAt: first?.at ?? null }
    })
    const decided = scored.filter((s) => s.decision)
    const last = decided.map((s) => s.decidedAt!).sort().at(-1)
    return {
      trainee: t.code, total: scored.length, decided: decided.length, correct: scored.filter((s) => s.correct).length,
      accuracy: scored.length ? scored.filter((s) => s.correct).length / scored.length : 0,
      minutes: last ? Math.max(0, Math.round((Date.parse(last) - Date.parse(set.startedAt)) / 60_000)) : null,
      missed: scored.filter((s) => s.item.fault !== 'none' && s.decision && !s.correct && (s.decision === 'approve' || s.decision === 'return')).map((s) => s.item.fault as Fault),
      items: scored,
    }
  })
  return { set, lines }
}

/** The score board as CSV (UTF-8 with BOM, for Excel): one row per trainee and exercise. */
export function scoreBoardCsv(site: SiteContext): string {
  const { lines } = scoreBoard(site)
  const rows = [['学员', '考生', '预设问题', '涉及材料', '正确决定', '学员决定', '是否正确', '学员正确率', '用时（分钟）']]
  for (const l of lines) {
    for (const s of l.items) {
      rows.push([l.trainee, s.candidate, FAULT_TITLES[s.item.fault as Fault], s.item.material, DECISION_NAMES[s.item.expected as Decision], s.decision ? DECISION_NAMES[s.decision] : '未审核', s.correct ? '是' : '否', `${Math.round(l.accuracy * 100)}%`, l.minutes === null ? '' : String(l.minutes)])
    }
  }
  return stringify(rows, { bom: true, record_delimiter: 'windows' })
}
