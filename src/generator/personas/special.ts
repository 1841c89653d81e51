import type { EducationRecord } from '../../rules/candidate.ts'
import { inherited, type ProfileId } from '../../rules/profiles.ts'
import { ACTIVE_DUTY_STATUSES } from '../../rules/vocabulary.ts'
import { assemble } from '../derive/assemble.ts'
import { pick, type Draw } from '../derive/draw.ts'
import { hanName, pinyinOf } from '../derive/person.ts'
import { MINORITY_NAMES } from '../reference.ts'
import type { Builders } from './builder.ts'
import { freshGraduateSpec, probationSpec } from './graduates.ts'

// Personas that change one thing on a graduate: a post with a 加试 subject, active duty, a name
// with the minority dot or a missing character, and 师承/确有专长 without a school.

/** 师承 record: the 2025 platform (seed 004) fills 毕业年月 and 证书编号 with '-' and picks 师承及确有专长 as the school. */
const SHICHENG_FILL: Partial<Record<ProfileId, { school: string; dash: string }>> = {
  'national-2025': { school: '师承及确有专长', dash: '-' },
}

function shichengRecord(d: Draw): EducationRecord {
  const fill = inherited(SHICHENG_FILL, d.profile.id) ?? { school: '', dash: '' }
  return {
    region: '大陆', level: '传统医学师承或确有专长人员', studyForm: '师承', school: fill.school, major: '中医',
    lengthYears: null, enrolled: '', graduation: fill.dash, diplomaNumber: fill.dash, degree: '', selected: true,
    verification: null,
  }
}

/** A minority name: given name and father's name joined by the half-width dot the form wants. */
function minorityName(d: Draw, sex: '男' | '女') {
  const group = pick(d, MINORITY_NAMES)
  const own = pick(d, sex === '男' ? group.male : group.female)
  const father = pick(d, group.male)
  const name = `${own}.${father}`
  return { name, pinyin: `${pinyinOf(own).replaceAll(' ', '')}.${pinyinOf(father).replaceAll(' ', '')}`, ethnicity: group.ethnicity }
}

/** A Han name with one given-name character missing from the font, typed as '?' (seed 002 FAQ). */
function rareCharacterName(d: Draw, sex: '男' | '女') {
  const full = hanName(d, sex)
  const at = full.length - 1
  return { name: `${full.slice(0, at)}?`, pinyin: pinyinOf(full), ethnicity: '汉族' }
}

export const special: Builders = {
  military: (d) => assemble(d, {
    ...probationSpec(d, '临床', '执业'), fit: 'military', extraSubject: '军事医学',
    serviceStatus: pick(d, ACTIVE_DUTY_STATUSES.filter((s) => s.startsWith('军队'))),
  }),
  'short-line-pediatrics': (d) => assemble(d, { ...probationSpec(d, '临床', '执业'), fit: 'pediatrics', extraSubject: '儿科' }),
  'short-line-emergency': (d) => assemble(d, { ...probationSpec(d, '临床', '执业'), fit: 'emergency', extraSubject: '院前急救' }),
  'minority-name': (d) => assemble(d, { ...freshGraduateSpec(d), name: minorityName }),
  'rare-character': (d) => assemble(d, { ...freshGraduateSpec(d), name: rareCharacterName }),
  shicheng: (d) => assemble(d, {
    ...probationSpec(d, '中医', '助理'), education: (d2) => [shichengRecord(d2)],
    plan: { stages: [{ level: '传统医学师承或确有专长人员', years: 3 }], graduates: d.year - 2, graduated: true },
  }),
}
