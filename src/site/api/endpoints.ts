import { z } from 'zod'
import { FEE_KINDS, SKILLS_RESULTS } from '../../rules/lifecycle.ts'
import { RECORD_KINDS } from '../forms/forms.ts'
import { FieldError } from '../validation/fieldError.ts'

// The JSON API as data: method, path, what it does and the zod schema of its body. The routes parse
// bodies with these schemas and docs/api.md is generated from them (writeApiDocs).

const loose = z.record(z.string(), z.unknown())

export const RegisterBody = z.object({
  username: z.string(), password: z.string(), recoveryQuestion: z.string(), recoveryAnswer: z.string(),
  origin: z.string(), idType: z.string(), idNumber: z.string(), idValidUntil: z.string(), name: z.string(), pinyin: z.string(),
  sex: z.string().optional().describe('derived from a 居民身份证 number'), birthDate: z.string().optional().describe('derived from a 居民身份证 number'),
  ethnicity: z.string(), nationality: z.string(), email: z.string(),
})
export const LoginBody = z.object({ username: z.string(), password: z.string(), captchaId: z.string(), captcha: z.string() })
export const RecoverBody = z.object({ name: z.string(), idNumber: z.string(), recoveryAnswer: z.string(), newPassword: z.string(), captchaId: z.string(), captcha: z.string() })
export const PasswordBody = z.object({ currentPassword: z.string(), newPassword: z.string(), newPasswordConfirm: z.string().optional() })
export const SecurityBody = z.object({ currentPassword: z.string(), recoveryQuestion: z.string(), recoveryAnswer: z.string(), email: z.string() })
export const RequestBody = z.object({ kind: z.enum(['school', 'unit']), name: z.string(), division: z.string().optional(), note: z.string().optional() })
export const StartBody = z.object({ examCode: z.string().describe('7 digits: exam year + code, e.g. 2026110') })
export const SelectBody = z.object({ education: z.array(z.number().int()).optional(), training: z.array(z.number().int()).optional(), certificates: z.array(z.number().int()).optional() })
export const PhotoBody = z.object({ fileName: z.string(), base64: z.string().describe('the file bytes, base64') })
export const ClockBody = z.object({ now: z.string().nullable().describe('ISO instant, or null for the wall clock') })
export const BanBody = z.object({ username: z.string(), banUntil: z.string().nullable().describe('YYYY-MM-DD: the candidate may apply again on this day; null lifts the ban') })
export const ErrorResponse = z.object({ error: z.array(FieldError) })
export const EnterPortalBody = z.object({
  username: z.string(), password: z.string(),
  captchaId: z.string().optional().describe('where the profile asks a captcha (MATERIAL-PORTAL-CAPTCHA): from GET /api/captcha'),
  captcha: z.string().optional(), idNumber: z.string().optional().describe('where the profile checks the ID number (MATERIAL-PORTAL-ID-NUMBER)'),
})
export const MaterialBody = z.object({ fileName: z.string(), base64: z.string().describe('the file bytes, base64'), declaredType: z.string().optional().describe('MIME type as a browser would declare it (not trusted)') })
export const SubmitReviewBody = z.object({ declared: z.boolean().optional().describe('the declaration of truthfulness (MATERIAL-DECLARATION, Hebei)') })
export const DecisionBody = z.object({
  message: z.string().optional().describe('feedback for a return, reason for a rejection'),
  materials: z.array(z.string()).optional().describe('return: material IDs to unlock (only these unlock)'),
  dueBy: z.string().optional().describe('return, where the profile sets a resubmission deadline: ISO instant (default 3 days)'),
})
export const PayDueBody = z.object({ payDueBy: z.string().nullable().describe('ISO instant of the payment deadline, or null for none') })
export const PayBody = z.object({ kind: z.enum(FEE_KINDS).optional().describe('which fee: skills (实践技能考试费, the default) or written (综合笔试费, where the profile collects it separately: Hubei)') })
export const SkillsResultBody = z.object({ result: z.enum(SKILLS_RESULTS).describe('the skills-exam result: passed, failed, or pending (not published; withdraws a published one)') })

export interface Endpoint { method: 'GET' | 'POST' | 'DELETE'; path: string; summary: string; body?: z.ZodType; auth: 'none' | 'candidate' | 'admin' | 'reviewer' | 'gateway' }

/** Every endpoint of /api. */
export const ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', path: '/api/captcha', summary: 'A new login captcha: { id, svg } (in test mode every answer is 8888).', auth: 'none' },
  { method: 'POST', path: '/api/register', summary: 'Register a candidate account (注册); the identity is checked with the identity service.', body: RegisterBody, auth: 'none' },
  { method: 'POST', path: '/api/login', summary: 'Log in (登录); answers { token, user } and sets the session cookie. Send the token as `Authorization: Bearer`.', body: LoginBody, auth: 'none' },
  { method: 'POST', path: '/api/logout', summary: 'End the session (退出).', auth: 'candidate' },
  { method: 'POST', path: '/api/recover', summary: 'Reset the password with name, document number, recovery answer and a captcha (找回密码); throttled per document number and per client (429).', body: RecoverBody, auth: 'none' },
  { method: 'POST', path: '/api/account/password', summary: 'Change the password (修改密码).', body: PasswordBody, auth: 'candidate' },
  { method: 'POST', path: '/api/account/security', summary: 'Recovery question, answer and e-mail (安全设置); needs the current password.', body: SecurityBody, auth: 'candidate' },
  { method: 'GET', path: '/api/me', summary: 'The candidate in the Candidate shape, with record IDs and lock/verified marks.', auth: 'candidate' },
  { method: 'POST', path: '/api/info/contact', summary: 'Save 联系方式 (fields of the Candidate shape).', body: loose, auth: 'candidate' },
  { method: 'POST', path: '/api/info/work', summary: 'Save 工作情况 (fields of Candidate.work).', body: loose, auth: 'candidate' },
  ...RECORD_KINDS.flatMap((k): Endpoint[] => [
    { method: 'POST', path: `/api/info/${k}`, summary: `Add a ${k} record (fields of Candidate.${k}[n]); answers { id }.`, body: loose, auth: 'candidate' },
    { method: 'POST', path: `/api/info/${k}/:id`, summary: `Change a ${k} record (refused while an application uses it).`, body: loose, auth: 'candidate' },
    { method: 'DELETE', path: `/api/info/${k}/:id`, summary: `Delete a ${k} record (refused while an application uses it).`, auth: 'candidate' },
  ]),
  { method: 'POST', path: '/api/info/photo', summary: 'Upload the ID photo (format by content; the catalogue\'s photo rules decide).', body: PhotoBody, auth: 'candidate' },
  { method: 'GET', path: '/api/lookup/:kind?q=', summary: 'School or unit lookup by pinyin initials or part of the name (kind: school | unit).', auth: 'none' },
  { method: 'POST', path: '/api/info/request', summary: 'Request to add a missing school or unit (申请添加数据字典库).', body: RequestBody, auth: 'candidate' },
  { method: 'GET', path: '/api/exam-sites?area=', summary: 'The 考点 of a 考区 (province code).', auth: 'none' },
  { method: 'GET', path: '/api/exams', summary: 'The exams open this year, with codes, category and level.', auth: 'none' },
  { method: 'GET', path: '/api/applications', summary: 'The candidate\'s applications, newest first.', auth: 'candidate' },
  { method: 'POST', path: '/api/applications', summary: '开始新的报名 (step 1): window, ban and one-active-application checks.', body: StartBody, auth: 'candidate' },
  { method: 'POST', path: '/api/applications/:id/basic', summary: 'Step 2 基本情况 (serviceStatus, mainlandPass; the photo must be uploaded).', body: loose, auth: 'candidate' },
  { method: 'POST', path: '/api/applications/:id/work', summary: 'Step 3 工作情况 (fields of Candidate.work).', body: loose, auth: 'candidate' },
  { method: 'POST', path: '/api/applications/:id/education', summary: 'Step 4: the education and training record IDs used.', body: SelectBody, auth: 'candidate' },
  { method: 'POST', path: '/api/applications/:id/certificates', summary: 'Step 5: the certificate record IDs used.', body: SelectBody, auth: 'candidate' },
  { method: 'POST', path: '/api/applications/:id/confirm', summary: 'Step 6: area, site, extraSubject, attempts.', body: loose, auth: 'candidate' },
  { method: 'POST', path: '/api/applications/:id/submit', summary: 'Submit: every candidate rule of the catalogue on the whole record; then no edits.', auth: 'candidate' },
  { method: 'POST', path: '/api/applications/:id/abandon', summary: '放弃报考 (unlocks the records it used).', auth: 'candidate' },
  { method: 'GET', path: '/api/applications/:id/notice', summary: 'The data of the 网上报名成功通知单 (the submitted snapshot).', auth: 'candidate' },
  { method: 'POST', path: '/api/probation-declaration', summary: '试用期申报 done (only where the profile requires it, e.g. Hubei).', auth: 'candidate' },
  { method: 'POST', path: '/api/admin/ban', summary: 'Put a candidate under a ban (禁考期) until a date, or lift it.', body: BanBody, auth: 'admin' },
  { method: 'GET', path: '/api/admin/clock', summary: 'The site\'s clock.', auth: 'admin' },
  { method: 'POST', path: '/api/admin/clock', summary: 'Freeze the site\'s clock at an instant (null: wall clock).', body: ClockBody, auth: 'admin' },
  // Part 2: the materials portal (省网), review, payment.
  { method: 'POST', path: '/api/portal/enter', summary: '上传相关材料: authorise this session for the portal with the national account (first entry activates the candidate). 404 where the profile has no portal.', body: EnterPortalBody, auth: 'candidate' },
  { method: 'GET', path: '/api/portal', summary: 'The portal: application, each material (required, counts, instructions, 已锁定/未锁定, images), feedback newest first.', auth: 'candidate' },
  { method: 'POST', path: '/api/portal/materials/:material', summary: 'Upload one image to a material (format by content, size cap, count, lock: the catalogue decides); answers the image.', body: MaterialBody, auth: 'candidate' },
  { method: 'DELETE', path: '/api/portal/images/:id', summary: 'Delete one image (the \'-\' button) while its material is unlocked.', auth: 'candidate' },
  { method: 'POST', path: '/api/portal/submit', summary: '提交审核: required materials, counts, declaration; then everything locks and 上报完成，内容已锁定 is posted.', body: SubmitReviewBody, auth: 'candidate' },
  { method: 'GET', path: '/api/portal/files/:fileId', summary: 'A stored material file: only its candidate and the reviewers of its 考点/考区 (also at /portal/files/:fileId).', auth: 'candidate' },
  { method: 'GET', path: '/api/review/queue?site=&state=', summary: 'The reviewer\'s queue (own 考点, or 考区 for region reviewers), filtered by 考点 and state.', auth: 'reviewer' },
  { method: 'GET', path: '/api/review/applications/:id', summary: 'One application for review: submitted record, materials, feedback, audit log, allowed decisions.', auth: 'reviewer' },
  { method: 'POST', path: '/api/review/applications/:id/:decision', summary: 'A decision: return (message, materials to unlock, SMS sent), approve (✔ on the records at the final level), reject (refund if paid), change-final, onsite-confirm (profiles without a portal).', body: DecisionBody, auth: 'reviewer' },
  { method: 'GET', path: '/api/review/audit', summary: 'The audit log of reviewer decisions in the reviewer\'s remit, newest first.', auth: 'reviewer' },
  { method: 'GET', path: '/api/applications/:id/payment', summary: 'Payment status (免缴/未缴费/已缴费/已退费: 已缴费 only once confirmed), fee, whether paying is open, orders, refunds; `written`: the written-exam fee (综合笔试缴费: skillsResult, fee, status, open, reasons it is not open as { rule, message }, orders, payments), null where the profile has none.', auth: 'candidate' },
  { method: 'POST', path: '/api/applications/:id/pay', summary: '立即缴费 for the skills-exam fee, or with kind written for the 综合笔试费 (after the skills results, passed only): the PAY-* rules decide; creates (or reuses) the gateway order; answers { orderId, payUrl, browserUrl, amountFen, kind }.', body: PayBody, auth: 'candidate' },
  { method: 'POST', path: '/api/applications/:id/payment/refresh', summary: 'Ask the gateway how the open orders stand (a lost callback) and record a confirmed payment.', auth: 'candidate' },
  { method: 'POST', path: '/payment/notify', summary: 'The gateway\'s signed callback (mocks/contracts.ts PaymentCallback): verified, recorded once per order; repeats are acknowledged and record nothing.', auth: 'gateway' },
  { method: 'POST', path: '/api/admin/pay-due', summary: 'Set the payment deadline the area announced (null: none).', body: PayDueBody, auth: 'admin' },
  { method: 'POST', path: '/api/admin/applications/:id/skills-result', summary: 'Publish a candidate\'s skills-exam result (approved and skills fee paid; not for exempt candidates; fixed once the written fee is paid); audit-logged. Answers { id, skillsResult }.', body: SkillsResultBody, auth: 'admin' },
  { method: 'POST', path: '/api/admin/run-deadlines', summary: 'Apply the deadlines on the site\'s clock now: unpaid → withdrawn, no materials → withdrawn, late resubmission → rejected, refunds.', auth: 'admin' },
  { method: 'GET', path: '/api/admin/sms', summary: 'The mock SMS inbox (newest first).', auth: 'admin' },
]
