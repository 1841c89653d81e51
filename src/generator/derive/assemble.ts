import type { Application, Candidate, Certificate, Work } from '../../rules/candidate.ts'
import type { SERVICE_STATUSES } from '../../rules/vocabulary.ts'
import posts from '../data/posts.json' with { type: 'json' }
import { ETHNICITIES, examCodeOf, type Category, type ExamLevel, type UnitFit } from '../reference.ts'
import { account } from './account.ts'
import { addressNear, email, landline, mainlandMobile } from './contact.ts'
import { daysBefore, int, pick, type Draw } from './draw.ts'
import { educationRecords, type EducationPlan } from './education.ts'
import { hanName, mainlandIdentity, pinyinOf, type MainlandIdentity, type Sex } from './person.ts'
import { placeFor, type Place } from './place.ts'

/** What a persona decides; everything else is derived from it by `assemble`. */
export interface Spec {
  category: Category
  level: ExamLevel
  plan: Omit<EducationPlan, 'category'>
  status: Work['status']
  /** What the work unit must be fit for (the category, or a 短线/military post). */
  fit: UnitFit
  extraSubject: Application['extraSubject']
  freshGraduate: boolean
  monthsInPost: number
  attempts?: number
  serviceStatus?: (typeof SERVICE_STATUSES)[number]
  title?: { title: string; titleDate: string }
  /** Name, its pinyin and the ethnicity; default a Han name from faker. */
  name?: (d: Draw, sex: Sex) => { name: string; pinyin: string; ethnicity: string }
  /** Education records when they do not follow the plan's stages (师承: no school, no dates). */
  education?: (d: Draw) => Candidate['education']
  /** Certificates held, derived from the identity and the place. */
  certificates?: (d: Draw, who: MainlandIdentity, place: Place) => Certificate[]
}

const POSTS = posts.posts as Record<UnitFit, string[]>

/** Age at first enrolment: 中专 after junior school, everything else after senior school. */
function enrolmentAge(d: Draw, first: EducationPlan['stages'][number]): number {
  return first.level === '中专' ? int(d, 15, 16) : int(d, 17, 19)
}

/** A complete, valid mainland candidate from a persona's spec: every correlated field derived once. */
export function assemble(d: Draw, spec: Spec): Candidate {
  const plan: EducationPlan = { ...spec.plan, category: spec.category }
  const firstEnrolled = plan.graduates - plan.stages.reduce((n, s) => n + s.years, 0)
  const who = mainlandIdentity(d, firstEnrolled - enrolmentAge(d, plan.stages[0]!))
  const named = spec.name?.(d, who.sex) ?? (() => {
    const name = hanName(d, who.sex)
    return { name, pinyin: pinyinOf(name), ethnicity: int(d, 0, 9) === 0 ? pick(d, ETHNICITIES) : '汉族' }
  })()
  const place = placeFor(d, spec.fit)
  const education = spec.education?.(d) ?? educationRecords(d, plan)
  // Fields listed one by one: spreading into this large literal made V8 build a slow dictionary object (60 µs a record).
  const login = account(d, named.pinyin)
  return {
    username: login.username,
    password: login.password,
    recoveryQuestion: login.recoveryQuestion,
    recoveryAnswer: login.recoveryAnswer,
    origin: '大陆',
    idType: '居民身份证',
    idNumber: who.idNumber,
    idValidUntil: who.idValidUntil,
    name: named.name,
    pinyin: named.pinyin,
    sex: who.sex,
    birthDate: who.birthDate,
    ethnicity: named.ethnicity,
    nationality: '中国',
    mainlandPass: '',
    serviceStatus: spec.serviceStatus ?? '',
    mobile: mainlandMobile(d),
    homePhone: landline(d, place.unit.areaCode),
    workPhone: landline(d, place.unit.areaCode, int(d, 0, 1) === 1),
    email: email(d, named.pinyin),
    address: addressNear(d, place.unit),
    postcode: place.unit.postcode,
    work: {
      status: spec.status,
      unit: place.unit.name,
      unitDivision: place.unit.division,
      unitType: place.unit.type,
      affiliation: place.unit.affiliation,
      post: pick(d, POSTS[spec.fit]),
      monthsInPost: spec.monthsInPost,
      title: spec.title?.title ?? '',
      titleDate: spec.title?.titleDate ?? '',
    },
    education,
    training: [],
    certificates: spec.certificates?.(d, who, place) ?? [],
    application: {
      examCode: `${d.year}${examCodeOf(spec.category, spec.level)}`,
      area: place.area,
      site: place.site,
      extraSubject: spec.extraSubject,
      attempts: spec.attempts ?? 1,
      freshGraduate: spec.freshGraduate,
      skillsExempt: false,
    },
    photo: {
      format: 'jpeg',
      fileName: 'photo.jpg',
      bytes: int(d, 12, 28) * 1024 + int(d, 0, 1023),
      width: 390,
      height: 567,
      background: '白色',
      checkedByTool: true,
      takenOn: daysBefore(d.refDate, int(d, 3, 150)),
    },
    banUntil: null,
    probationDeclared: true,
  }
}
