import { REVIEW_LEVELS } from '../../rules/lifecycle.ts'
import type { Material } from '../../rules/materials.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import type { StageSeed } from '../demo/seedStage.ts'

/** A scenario preset: one candidate at a stage, with the task a trainee does with it. */
export interface Scenario {
  id: string
  title: string
  /** What the trainee does, as the login sheet prints it. */
  task: string
  /** How the candidate is seeded under a profile (null: the scenario does not exist there). */
  seed(profile: ProfileId, now: Date): Pick<StageSeed, 'stage' | 'missing' | 'resubmitDue'> | null
  /** Whose login does the task: the candidate's, or the trainee's 考区 reviewer's. */
  actor: 'candidate' | 'region-reviewer'
}

const twoLevels = (p: ProfileId) => REVIEW_LEVELS[p] === 2
/** The material the over-cap scenario leaves for the trainee to upload: the diploma, else the last required one. */
export const overcapMaterial = (ms: readonly Material[]) => (ms.find((m) => m.id === 'diploma') ?? ms.at(-1))?.id

/** The presets every trainee gets a copy of (those that exist under the profile). */
export const SCENARIOS: readonly Scenario[] = [
  { id: 'returned', title: '退回修改', actor: 'candidate', task: '考点退回了一项材料：查看反馈信息，只重新上传被解锁的材料，再次提交审核。', seed: () => ({ stage: 'returned' }) },
  { id: 'missing', title: '缺少材料', actor: 'candidate', task: '只上传了第一项材料：补齐全部必传材料后提交审核（缺项时系统应拒绝提交）。', seed: () => ({ stage: 'uploading' }) },
  {
    id: 'overcap', title: '图片超过大小上限', actor: 'candidate',
    task: '毕业证书尚未上传：先上传登录单上的超限扫描件（系统应拒绝并说明上限），再上传符合要求的扫描件并提交审核。',
    seed: () => ({ stage: 'uploading', missing: (ms) => [overcapMaterial(ms) ?? ''] }),
  },
  {
    id: 'late', title: '截止后', actor: 'candidate',
    task: '期限已过：登录查看系统如何处理逾期（退回修改逾期未提交视作审核不通过；逾期未缴费视为放弃），确认不能再上传或缴费。',
    seed: (p, now) => (twoLevels(p)
      ? { stage: 'returned', resubmitDue: new Date(now.getTime() - 3600_000).toISOString() }
      : { stage: 'withdrawn' }),
  },
  { id: 'unpaid', title: '未缴费', actor: 'candidate', task: '审核已通过、尚未缴费：完成网上缴费，确认状态变为已缴费。', seed: () => ({ stage: 'approved' }) },
  {
    id: 'two-level', title: '两级审核（河北）', actor: 'region-reviewer',
    task: '考点已审核通过：用本人的考区审核员账号完成考区（终审）审核。',
    seed: (p) => (twoLevels(p) ? { stage: 'site-approved' } : null),
  },
]

/** The presets that exist under a profile. */
export const scenariosOf = (profile: ProfileId): Scenario[] => SCENARIOS.filter((s) => s.seed(profile, new Date(0)) !== null)
