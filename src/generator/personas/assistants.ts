import type { Certificate } from '../../rules/candidate.ts'
import { assemble, type Spec } from '../derive/assemble.ts'
import { dayIn, digits, int, pad2, pick, type Draw } from '../derive/draw.ts'
import { examCodeOf, type Category } from '../reference.ts'
import type { Builders } from './builder.ts'

// 执业助理医师 applying for the practising level: the waiting period after first registration is
// 2 years with 专科 and 5 with 中专 (seed 002, 003). Generated registrations keep a year of margin
// over the longest reading of the period, so they are valid under every profile's cut-off date.

/** 执业范围 on the practising certificate, by category. */
const SCOPES: Partial<Record<Category, readonly string[]>> = {
  临床: ['内科专业', '外科专业', '全科医学专业', '妇产科专业'],
  中医: ['中医专业'],
  口腔: ['口腔专业'],
  乡村全科: ['全科医学专业'],
}

/**
 * The assistant certificate: 资格证书编号 = year issued + exam code + province + ID number (27
 * characters, the national layout); 注册编号 = exam code + unit division + 6 digits (15 digits).
 */
function assistantCertificate(d: Draw, category: Category, issuedYear: number, type: Certificate['type']): NonNullable<Spec['certificates']> {
  return (d2, who, place) => {
    const code = examCodeOf(category, '助理')
    return [{
      type,
      certNumber: `${issuedYear}${code}${place.unit.division.slice(0, 2)}${who.idNumber}`,
      issued: `${issuedYear}-${pad2(int(d2, 9, 12))}`,
      registrationNumber: `${code}${place.unit.division}${digits(d2, 6)}`,
      registered: dayIn(d2, issuedYear + 1, [3, 4, 5, 6, 7, 8]).slice(0, 7),
      scope: pick(d2, SCOPES[category] ?? ['内科专业']),
      selected: true,
    }]
  }
}

function upgradeSpec(d: Draw, level: '专科' | '中专', waitYears: number): Spec {
  const category = pick(d, ['临床', '中医', '口腔'] as const satisfies readonly Category[])
  const usable: Category = level === '中专' && category === '口腔' ? '临床' : category
  const graduates = d.year - waitYears - 4 - int(d, 0, 6)
  return {
    category: usable, level: '执业', plan: { stages: [{ level, years: 3 }], graduates, graduated: true },
    status: '在职', fit: usable, extraSubject: '无', freshGraduate: false,
    monthsInPost: (d.year - graduates) * 12 - 7, attempts: int(d, 1, 3),
    title: { title: '助理医师', titleDate: `${graduates + 2}-${pad2(int(d, 9, 12))}` },
    certificates: assistantCertificate(d, usable, graduates + 1, '执业助理医师'),
  }
}

export const assistants: Builders = {
  'assistant-upgrade-zhuanke': (d) => assemble(d, upgradeSpec(d, '专科', 2)),
  'assistant-upgrade-zhongzhuan': (d) => assemble(d, upgradeSpec(d, '中专', 5)),
  'rural-general': (d) => {
    const level = pick(d, ['专科', '中专'] as const)
    const graduates = d.year - 1 - int(d, 1, 8)
    return assemble(d, {
      category: '乡村全科', level: '助理', plan: { stages: [{ level, years: 3 }], graduates, graduated: true },
      status: '在职', fit: '乡村全科', extraSubject: '无', freshGraduate: false,
      monthsInPost: (d.year - graduates) * 12 - 7, attempts: int(d, 1, 2),
    })
  },
}
