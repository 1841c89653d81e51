import { z } from 'zod'

/** The kinds of candidate the seeds describe (DOMAIN.md, "Who the candidates are"). */
export const PERSONA_IDS = [
  'fresh-graduate',            // 应届毕业生, mainland 本科
  'probation-doctor',          // graduated earlier, finished the probation year (试用期)
  'assistant-upgrade-zhuanke', // 执业助理医师 with 专科 education applying for 执业
  'assistant-upgrade-zhongzhuan', // 执业助理医师 with 中专 education applying for 执业
  'graduate-student',          // 当年毕业研究生: no diploma number yet
  'long-programme',            // 本科长学制 student in the graduation year
  'zhuanshengben',             // 专升本: 专科 and 本科 records
  'three-plus-two',            // 3+2: 中专 and 专科 records
  'shicheng',                  // 传统医学师承或确有专长
  'rural-general',             // 乡村全科执业助理医师
  'hong-kong', 'macau', 'taiwan', 'foreign',
  'military',                  // active duty: 本人身份, military medicine
  'short-line-pediatrics', 'short-line-emergency', // 短线医学专业加试
  'minority-name',             // name with the middle dot, entered as '.'
  'rare-character',            // a character missing from the font, entered as '?'
] as const
export const PersonaId = z.enum(PERSONA_IDS)
export type PersonaId = z.infer<typeof PersonaId>
