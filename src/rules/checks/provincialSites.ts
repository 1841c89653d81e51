import type { Source } from '../rule.ts'
import { SEEDS } from '../seeds.ts'

// Hunan's 省直考点: the 考点 of provincial (and central) hospitals, beside the prefectures'. Its code
// is the province's two digits and 9900, a block no administrative division uses.

/** A 考区's provincial-direct 考点 and the 单位隶属 values that go there. */
export interface ProvincialSite {
  code: string
  name: string
  affiliations: readonly string[]
  sources: Source[]
}

/** 省直考点 by 考区 code: only seed 004 (Hunan 2025) names one. */
export const PROVINCIAL_SITES: Readonly<Record<string, ProvincialSite>> = {
  '430000': {
    code: '439900',
    name: '省直考点',
    affiliations: ['中央', '省级'],
    sources: [
      { seed: SEEDS.hunan2025, section: '第十一步,提交确认 / 提交说明', quote: '4.省直医院考生请选择省直考点,切记。' },
      { seed: SEEDS.hunan2025, section: '第七步,工作情况 / 填写规范', quote: '6.单位隶属:湘雅医院属于中央;其他省直医院属于省级;' },
    ],
  },
}
