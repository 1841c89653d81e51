import { SEEDS } from '../../rules/seeds.ts'

/** Short Chinese names of the seed documents, to cite where an instruction is quoted from. */
export const SEED_TITLES: Record<string, string> = {
  [SEEDS.hubei2022]: '湖北2022报名通知',
  [SEEDS.hubei2026]: '湖北2026考生操作手册',
  [SEEDS.national]: '国家医学考试网报名指南',
  [SEEDS.hebei2022]: '石家庄2022报名通知',
  [SEEDS.hunan2025]: '湖南2025网报注意事项',
}
