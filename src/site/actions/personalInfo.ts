import type { Candidate } from '../../rules/candidate.ts'
import { getPath } from '../../rules/path.ts'
import { PERSONAL_FORMS, RECORD_FORMS, type RecordKind } from '../forms/forms.ts'
import type { FormDef } from '../forms/field.ts'
import type { SiteContext } from '../siteContext.ts'
import type { RecordData } from '../store/candidates.ts'
import { Refusal } from '../validation/fieldError.ts'
import { checkEvent } from '../validation/checkEvent.ts'
import { validateCandidate } from '../validation/validateCandidate.ts'
import { JUDGED_WHEN_TICKED } from '../validation/judgedWhenTicked.ts'
import { applyInput, formPaths } from './applyInput.ts'
import { lockedRecords } from '../defects/seams.ts'
import { candidateView } from './candidateView.ts'

export type PersonalFormId = (typeof PERSONAL_FORMS)[number]['id']

/** Saves one plain group of personal information (联系方式, 工作情况) after the catalogue accepts it. */
export function savePersonalForm(site: SiteContext, userId: number, formId: PersonalFormId, input: Record<string, unknown>): Candidate {
  const form = PERSONAL_FORMS.find((f) => f.id === formId)!
  refuseIfFrozen(site)
  return saveForm(site, userId, form, input)
}

/** Applies a form to the candidate's personal information and stores it, or refuses and stores nothing. */
export function saveForm(site: SiteContext, userId: number, form: FormDef, input: Record<string, unknown>): Candidate {
  const { candidate } = candidateView(site, userId, site.applications.active(userId))
  const next = applyInput(form, candidate, input)
  const errors = validateCandidate(next, { fields: formPaths(form), stages: ['personal-info'] }, site.ruleCtx(), site.rules)
  if (errors.length) throw new Refusal(errors)
  const { education: _e, training: _t, certificates: _c, application: _a, ...personal } = next
  site.candidates.savePersonal(userId, personal, site.nowIso())
  return next
}

const BLANK_RECORDS: { [K in RecordKind]: RecordData } = {
  education: { region: '大陆', level: '本科', studyForm: '', school: '', major: '', lengthYears: null, enrolled: '', graduation: '', diplomaNumber: '', degree: '', verification: null },
  training: { kind: '住院医师规范化培训', major: '', start: '', result: '未考核', unit: '', base: '' },
  certificates: { type: '执业助理医师', certNumber: '', issued: '', registrationNumber: '', registered: '', scope: '' },
}

/**
 * Adds (id null) or changes a record of a list. The record is checked by the catalogue where it
 * will sit in the list; a record an application uses is locked. Education verification codes and
 * certificates are checked with the external services (the check mark itself comes with review approval, seed 002 FAQ 二.16).
 */
export async function saveRecord(site: SiteContext, userId: number, kind: RecordKind, id: number | null, input: Record<string, unknown>): Promise<number> {
  const form = RECORD_FORMS[kind]
  const { candidate, records } = candidateView(site, userId, site.applications.active(userId))
  const list = records[kind]
  const index = id === null ? list.length : list.findIndex((r) => r.id === id)
  if (index < 0) throw Refusal.of('not-found', '没有这条记录。', 404)
  refuseIfFrozen(site)
  if (id !== null) refuseIfLocked(site, list[index]!.locked, list[index]!.verified)
  const start = id === null ? { ...BLANK_RECORDS[kind], selected: false } : (candidate[kind] as unknown[])[index]
  const withRecord = { ...candidate, [kind]: [...(candidate[kind] as unknown[]).slice(0, index), start, ...(candidate[kind] as unknown[]).slice(index + 1)] } as Candidate
  let next = applyInput(form, withRecord, input, index)
  if (kind === 'education') next = normaliseVerification(next, index)
  next = await confirmWithServices(site, next, kind, index)
  refuseRecord(site, next, kind, index)
  const { selected: _s, ...data } = getPath(next, `${kind}.${index}`) as RecordData & { selected: boolean }
  const at = site.nowIso()
  return site.db.transaction(() => {
    const recordId = id ?? site.candidates.addRecord(userId, kind, data, at)
    if (id !== null) site.candidates.updateRecord(userId, id, data)
    return recordId
  })()
}

/**
 * The catalogue's rules of one record. Record rules are written against the first record
 * ('education.0.school'), so the record is checked in first place and the paths are mapped back.
 * It is checked as the record an application would use (ticked): exemptions such as the graduate
 * student's blank diploma number follow the ticked record. Rules of the whole list, of the
 * selection itself and of a record's eligibility (JUDGED_WHEN_TICKED) belong to the wizard and submit.
 */
function refuseRecord(site: SiteContext, c: Candidate, kind: RecordKind, index: number): void {
  const list = (c[kind] as { selected: boolean }[]).map((r, i) => ({ ...r, selected: i === index }))
  const probe = { ...c, [kind]: [list[index], ...list.filter((_, i) => i !== index)] }
  const rules = site.rules.filter((r) => !JUDGED_WHEN_TICKED.has(r.id))
  const errors = validateCandidate(probe, { fields: [`${kind}.0`], stages: ['personal-info'], exclude: [`${kind}.0.selected`] }, site.ruleCtx(), rules)
  if (errors.length) throw new Refusal(errors.map((e) => ({ ...e, path: e.path.replace(new RegExp(`^${kind}\\.0(?=\\.|$)`), `${kind}.${index}`) })))
}

/** Deletes a record that no application uses. */
export function deleteRecord(site: SiteContext, userId: number, id: number): void {
  const rec = site.candidates.record(userId, id)
  if (!rec) throw Refusal.of('not-found', '没有这条记录。', 404)
  refuseIfFrozen(site)
  refuseIfLocked(site, lockedRecords(site, userId).has(id), rec.verified)
  site.candidates.deleteRecord(userId, id)
}

/** The catalogue decides whether a record in use or verified may change; in use is locked in any case. */
function refuseIfLocked(site: SiteContext, locked: boolean, verified: boolean): void {
  const errors = checkEvent({ action: 'edit-record-in-use', state: locked ? 'submitted' : 'draft', recordInUse: locked, recordVerified: verified, at: site.atBeijing() }, site.ruleCtx(), site.rules)
  if (errors.length) throw new Refusal(errors, 409)
  if (locked) throw Refusal.of('record-locked', '该条目已在报名申请中使用并被锁定，不可修改或删除；如需修改，请先放弃相关报考项目。', 409)
}

/** Personal information may change only while the catalogue's schedule allows it. */
function refuseIfFrozen(site: SiteContext): void {
  const errors = checkEvent({ action: 'edit-personal-info', state: 'draft', at: site.atBeijing() }, site.ruleCtx(), site.rules)
  if (errors.length) throw new Refusal(errors, 403)
}

async function confirmWithServices(site: SiteContext, c: Candidate, kind: RecordKind, index: number): Promise<Candidate> {
  if (kind === 'education') {
    const rec = c.education[index]!
    const kindPicked = rec.verification?.kind as string | undefined
    if (!rec.verification || !kindPicked) return setRecord(c, kind, index, { ...rec, verification: null })
    if (!rec.verification.code) throw Refusal.of('verification-code-missing', '请填写学历验证材料上的在线验证码。', 422, `education.${index}.verification.code`)
    const res = await site.services.verifyEducation({ code: rec.verification.code, idNumber: c.idNumber, name: c.name, referenceDate: site.ruleCtx().refDate })
    if (res.result === 'unknown') throw Refusal.of('verification-unknown', res.message, 422, `education.${index}.verification.code`)
    const issuedOn = res.result === 'valid' ? res.report.issuedOn : res.issuedOn
    return setRecord(c, kind, index, { ...rec, verification: { ...rec.verification, issuedOn } })
  }
  if (kind === 'certificates') {
    const rec = c.certificates[index]!
    if (!rec.certNumber) return c
    const res = await site.services.lookupRegistry({ idNumber: c.idNumber, certNumber: rec.certNumber })
    if (res.result === 'not-found') throw Refusal.of('registry-not-found', `${res.message}（执业注册信息库中未查到该证书，请核对证书编号）`, 422, `certificates.${index}.certNumber`)
    return c
  }
  return c
}

// No material chosen means no verification; the issue date comes from the service, never the form.
function normaliseVerification(c: Candidate, index: number): Candidate {
  const rec = c.education[index]!
  const v = rec.verification as { kind?: string; code?: string; issuedOn?: string } | null
  const verification = v && v.kind ? { kind: v.kind, code: v.code ?? '', issuedOn: v.issuedOn ?? '' } : null
  return setRecord(c, 'education', index, { ...rec, verification })
}

function setRecord(c: Candidate, kind: RecordKind, index: number, rec: unknown): Candidate {
  const list = [...(c[kind] as unknown[])]
  list[index] = rec
  return { ...c, [kind]: list } as Candidate
}

/** 申请添加数据字典库: a request to add a missing school or work unit. */
export function requestDictionaryAddition(site: SiteContext, userId: number, input: Record<string, unknown>) {
  const kind = input.kind === 'unit' ? 'unit' : input.kind === 'school' ? 'school' : null
  const name = typeof input.name === 'string' ? input.name.trim() : ''
  if (!kind) throw Refusal.of('invalid-kind', '请选择申请添加的是学校还是工作单位。', 422, 'kind')
  if (!name) throw Refusal.of('name-missing', '请填写需要添加的名称。', 422, 'name')
  return site.dictionaryRequests.add({ userId, kind, name, division: String(input.division ?? '').trim(), note: String(input.note ?? '').trim(), createdAt: site.nowIso() })
}
