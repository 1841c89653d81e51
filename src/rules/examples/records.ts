import type { Candidate, Certificate, EducationRecord } from '../candidate.ts'
import { addMonths } from '../checks/dates.ts'
import { buildResidentId } from '../checks/residentId.ts'
import type { Ctx } from '../rule.ts'
import { HOMES } from './home.ts'

// Small builders the example candidates share, so each persona states only what makes it differ.

const LEVEL_DIGIT: Partial<Record<EducationRecord['level'], string>> = {
  博士研究生: '2', 硕士研究生: '3', 本科长学制: '5', 本科: '5', 专科: '6',
}

/** An 18-digit 学历证书电子注册号: school code, type, graduation year, level, sequence. */
export function diplomaNo(schoolCode: string, year: number, level: EducationRecord['level'], seq: number): string {
  return `${schoolCode}1${year}${LEVEL_DIGIT[level] ?? '9'}${String(seq).padStart(7, '0')}`
}

/** A 学信网 report issued a month before the reference date (valid for six months). */
export function verified(ctx: Ctx, kind: NonNullable<EducationRecord['verification']>['kind'] = '教育部学历证书电子注册备案表', code = 'B3N8R2K7P5W9D4H6'): EducationRecord['verification'] {
  return { kind, code, issuedOn: addMonths(ctx.refDate, -1) }
}

/** A mainland full-time education record with the fields every persona sets. */
export function educationRecord(fields: Pick<EducationRecord, 'level' | 'school' | 'major' | 'lengthYears' | 'enrolled' | 'graduation' | 'diplomaNumber'> & Partial<EducationRecord>): EducationRecord {
  return { region: '大陆', studyForm: '普通全日制', degree: '', selected: false, verification: null, ...fields }
}

/** Resident-ID fields for a person born on a date, consistent with the profile's home region. */
export function bornOn(ctx: Ctx, birthDate: string, sex: '男' | '女', seq: number): Pick<Candidate, 'idNumber' | 'birthDate' | 'sex'> {
  return { idNumber: buildResidentId(HOMES[ctx.profile.id].idRegion, birthDate, sex, seq), birthDate, sex }
}

/** A selected 执业助理医师 certificate: issued (YYYY-MM), 注册年月 (YYYY-MM), 执业范围. */
export function assistantCertificate(ctx: Ctx, issued: string, registered: string, scope: string): Certificate {
  const home = HOMES[ctx.profile.id]
  return {
    type: '执业助理医师',
    certNumber: `${issued.slice(0, 4)}2${home.idRegion}2100012345678`,
    issued,
    registrationNumber: `2${home.idRegion}${registered.slice(0, 4)}00345`,
    registered,
    scope,
    selected: true,
  }
}
