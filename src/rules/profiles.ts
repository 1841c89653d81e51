import { z } from 'zod'
import { SEEDS, type SeedFile } from './seeds.ts'

export const PROFILE_IDS = ['national', 'national-2025', 'hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022', 'hunan-2025'] as const
export const ProfileId = z.enum(PROFILE_IDS)
export type ProfileId = z.infer<typeof ProfileId>

/** A regional profile: which seeds it follows, what it inherits, and what it assumes where seeds are vague. */
export interface Profile {
  id: ProfileId
  title: string
  /** The profile whose values apply where this one has no override. */
  extends?: ProfileId
  seeds: SeedFile[]
  /** Exam year: exam codes start with it and the age reference date falls in it. */
  examYear: number
  /** Bytes in one "KB"/"k" as the seeds write it. */
  kbBytes: number
  /** Date (YYYY-MM-DD) at which age 18-75 is measured. */
  ageReferenceDate: string
  /** 考区 the profile covers: province-level division code and name; null for the national rules. */
  examArea: { code: string; name: string } | null
  /** Written-down assumptions: what the profile decided where its seeds are vague. */
  assumptions: string[]
}

/** Profiles as data: `national` is the base, the regional ones override it. */
export const PROFILES: Record<ProfileId, Profile> = {
  national: {
    id: 'national',
    title: '国家医学考试服务平台（全国通用规则）',
    seeds: [SEEDS.national],
    examYear: 2026,
    kbBytes: 1024,
    ageReferenceDate: '2026-12-31',
    examArea: null,
    assumptions: [
      'KB means 1024 bytes: browsers and the Windows file dialogs candidates use report sizes in binary kilobytes.',
      'Age 18-75 ("年满十八岁且不超过七十五岁") is measured on 31 December of the exam year: the seed gives no date, and the year end admits everyone who turns 18 in the exam year.',
      'The exam year is 2026 (today\'s registration cycle); seed 002\'s screenshots show 2014 codes only as examples of the code format.',
    ],
  },
  'national-2025': {
    id: 'national-2025',
    title: '国家医学考试服务平台 2025（湖南指南所见的全国平台）',
    extends: 'national',
    seeds: [SEEDS.hunan2025, SEEDS.national],
    examYear: 2025,
    kbBytes: 1024,
    ageReferenceDate: '2025-12-31',
    examArea: null,
    assumptions: [
      'Seed 004 describes the national platform as a Hunan candidate saw it in 2025 (wizard steps 4-12). What it says of the platform itself (the form\'s options and conventions, the removed contact fields, who may enter which certificate) is this profile; what is Hunan\'s own (考区, 考点, 单位隶属 mapping, window) is hunan-2025.',
      'Where seeds 002 and 004 disagree about the platform, the rule holds both as accepted readings (or, where 004 is the later and more specific statement of the same requirement, 004\'s value, with both quotes in the rule\'s note).',
    ],
  },
  'hubei-2022': {
    id: 'hubei-2022',
    title: '湖北考区 2022（试用期申报 + 省网上传材料）',
    extends: 'national',
    seeds: [SEEDS.hubei2022, SEEDS.national],
    examYear: 2022,
    kbBytes: 1024,
    ageReferenceDate: '2022-12-31',
    examArea: { code: '420000', name: '湖北省' },
    assumptions: [
      'Seed 000 states no size cap for material images; the profile assumes the 200k cap shown in the upload dialog of the same provincial portal (seeds 001, 003).',
    ],
  },
  'hubei-2026': {
    id: 'hubei-2026',
    title: '湖北考区 2026（照片 30KB，省网材料上传与锁定）',
    extends: 'hubei-2022',
    seeds: [SEEDS.hubei2026, SEEDS.hubei2022, SEEDS.national],
    examYear: 2026,
    kbBytes: 1024,
    ageReferenceDate: '2026-12-31',
    examArea: { code: '420000', name: '湖北省' },
    assumptions: [
      'Seed 001 gives the material image cap twice: 200k in the upload dialog and 500k in the text beside it. The profile enforces 200k, what the dialog (the system itself) shows; see MATERIAL-IMAGE-SIZE.',
    ],
  },
  'hebei-shijiazhuang-2022': {
    id: 'hebei-shijiazhuang-2022',
    title: '河北考区石家庄考点 2022（两级审核，复审后缴费 289 元）',
    extends: 'national',
    seeds: [SEEDS.hebei2022, SEEDS.national],
    examYear: 2022,
    kbBytes: 1024,
    ageReferenceDate: '2022-12-31',
    examArea: { code: '130000', name: '河北省' },
    assumptions: [
      'The registration window ends "1月25日24时": the profile reads it as the end of 25 January (Beijing time).',
    ],
  },
  'hunan-2025': {
    id: 'hunan-2025',
    title: '湖南考区 2025（网报第四至十二步）',
    extends: 'national-2025',
    seeds: [SEEDS.hunan2025, SEEDS.national],
    examYear: 2025,
    kbBytes: 1024,
    ageReferenceDate: '2025-12-31',
    examArea: { code: '430000', name: '湖南省' },
    assumptions: [
      'Seed 004 gives the window only as "1月上旬至月底(农历春节前)"; the profile assumes 2025-01-08 to 2025-01-27 (the eve of the Spring Festival holiday).',
    ],
  },
}

/** The nearest value a profile-keyed table holds for the profile or one of its ancestors. */
export function inherited<T>(table: Partial<Record<ProfileId, T>>, id: ProfileId): T | undefined {
  for (const p of profileChain(id)) if (p in table) return table[p]
  return undefined
}

/** Whether a profile is `ancestor` or extends it. */
export const extendsProfile = (id: ProfileId, ancestor: ProfileId): boolean => profileChain(id).includes(ancestor)

/** The profile and its ancestors, nearest first: hubei-2026 → hubei-2022 → national. */
export function profileChain(id: ProfileId): ProfileId[] {
  const chain: ProfileId[] = []
  for (let p: ProfileId | undefined = id; p; p = PROFILES[p].extends) chain.push(p)
  return chain
}
