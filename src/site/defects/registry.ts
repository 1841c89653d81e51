import type { Candidate } from '../../rules/candidate.ts'
import { GRADUATE_LEVELS } from '../../rules/vocabulary.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import type { UploadAttempt } from '../../rules/upload.ts'
import { context, drop, params, replace, subject, type Bend } from './bend.ts'
import type { Patch } from './patch.ts'
import { OUTSIDE_DEFECTS } from './outside.ts'
import { SECURITY_DEFECTS } from './securityDefects.ts'

/** A seeded defect: a realistic bug of a registration site, the rules it breaks and how it is switched into the reference site. */
export interface Defect {
  /** kebab-case name, switched on with `--defects name`. */
  name: string
  /** Rule IDs the defect breaks: the tests of these rules must kill it. */
  rules: readonly string[]
  zh: string
  en: string
  /** Profiles under which the defect means something; the kill run uses the first. */
  profiles: readonly ProfileId[]
  /** Rule-level defects: how the server's rule list is bent. */
  bend?: Bend
  /** Behaviour-level defects: the seam (function) that consults `site.defects`. */
  seam?: string
  /** Code-level defects: small changes applied to a scratch copy of src/site (the site runs that copy). */
  patch?: readonly Patch[]
}

const HUBEI26: ProfileId[] = ['hubei-2026']
const HUBEI22: ProfileId[] = ['hubei-2022']
const HEBEI: ProfileId[] = ['hebei-shijiazhuang-2022']
const NATIONAL: ProfileId[] = ['national']
const NATIONAL25: ProfileId[] = ['national-2025']
const HUNAN: ProfileId[] = ['hunan-2025']

const ext = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''

/** The named defects written with the suite, spread over the areas of the catalogue. */
export const NAMED_DEFECTS: readonly Defect[] = [
  // account
  { name: 'password-length-server-unchecked', rules: ['ACCOUNT-PASSWORD-FORMAT'], profiles: NATIONAL, bend: drop('ACCOUNT-PASSWORD-FORMAT'),
    zh: '密码长度与字符只在浏览器端校验，服务器不校验', en: 'The 5-12 letters-and-digits password check exists only in the browser; the server skips it.' },
  { name: 'password-case-insensitive', rules: ['ACCOUNT-PASSWORD-CASE-SENSITIVE'], profiles: NATIONAL, seam: 'login',
    zh: '登录时密码不区分大小写', en: 'Login compares passwords without regard to letter case.' },
  { name: 'recovery-answer-3-chars', rules: ['ACCOUNT-RECOVERY-ANSWER-LENGTH'], profiles: NATIONAL, bend: params<{ min: number; max: number }>('ACCOUNT-RECOVERY-ANSWER-LENGTH', (p) => ({ ...p, min: p.min - 1 })),
    zh: '密码找回答案最短长度少算一位（3位即可）', en: 'The recovery answer\'s minimum length is off by one (3 characters pass).' },
  // identity
  { name: 'id-15-digit-accepted', rules: ['ID-RESIDENT-LENGTH'], profiles: NATIONAL,
    bend: replace<Candidate>('ID-RESIDENT-LENGTH', (c) => (c.idNumber.length === 18 || c.idNumber.length === 15 ? null : { code: 'length', detail: { length: c.idNumber.length } })),
    zh: '仍接受15位旧身份证号', en: 'Old 15-digit resident ID numbers are still accepted.' },
  { name: 'id-check-digit-ignored', rules: ['ID-CHECK-DIGIT'], profiles: NATIONAL, bend: drop('ID-CHECK-DIGIT'),
    zh: '不校验身份证号校验码', en: 'The ISO 7064 check character of the resident ID is not verified.' },
  { name: 'age-75-refused', rules: ['ID-AGE-MAX'], profiles: NATIONAL, bend: params<{ minAge: number; maxAge: number }>('ID-AGE-MAX', (p) => ({ ...p, maxAge: p.maxAge - 1 })),
    zh: '年满75岁的考生被拒绝（应为不超过75岁）', en: 'A candidate aged exactly 75 is refused ("不超过七十五岁" read as under 75).' },
  { name: 'age-76-accepted', rules: ['ID-AGE-MAX'], profiles: NATIONAL, bend: params<{ minAge: number; maxAge: number }>('ID-AGE-MAX', (p) => ({ ...p, maxAge: p.maxAge + 1 })),
    zh: '76岁的考生被接受', en: 'A candidate aged 76 is accepted.' },
  { name: 'age-17-accepted', rules: ['ID-AGE-MIN'], profiles: NATIONAL, bend: params<{ minAge: number; maxAge: number }>('ID-AGE-MIN', (p) => ({ ...p, minAge: p.minAge - 1 })),
    zh: '未满18岁的考生被接受', en: 'A 17-year-old candidate is accepted.' },
  // name
  { name: 'minority-dot-refused', rules: ['NAME-MAINLAND-CHARS'], profiles: NATIONAL,
    bend: subject<Candidate>('NAME-MAINLAND-CHARS', (c) => ({ ...c, name: c.name.replace(/\./g, '-') })),
    zh: '少数民族姓名中的"."被当作非法字符拒绝', en: 'The "." of a minority name is refused as an illegal character.' },
  { name: 'name-29-chars-accepted', rules: ['NAME-MAINLAND-LENGTH'], profiles: NATIONAL, bend: params<{ max: number }>('NAME-MAINLAND-LENGTH', (p) => ({ max: p.max + 1 })),
    zh: '姓名长度上限多算一位（29个字符通过）', en: 'The 28-character name limit is off by one (29 pass).' },
  { name: 'middle-dot-accepted', rules: ['NAME-MINORITY-DOT-ASCII'], profiles: NATIONAL, bend: drop('NAME-MINORITY-DOT-ASCII'),
    zh: '姓名中的中文间隔号"·"被接受', en: 'The middle dot "·" in a minority name is accepted instead of ".".' },
  // contact
  { name: 'mobile-leading-zero-accepted', rules: ['CONTACT-MOBILE-NO-LEADING-ZERO'], profiles: NATIONAL, bend: drop('CONTACT-MOBILE-NO-LEADING-ZERO'),
    zh: '以0开头的手机号被接受', en: 'A mobile number starting with 0 is accepted.' },
  { name: 'email-61-chars-accepted', rules: ['CONTACT-EMAIL-LENGTH'], profiles: NATIONAL, bend: params<{ min: number; max: number }>('CONTACT-EMAIL-LENGTH', (p) => ({ ...p, max: p.max + 1 })),
    zh: '电子邮箱长度上限多算一位', en: 'The 60-character e-mail limit is off by one.' },
  { name: 'postcode-unchecked', rules: ['CONTACT-POSTCODE-MAINLAND'], profiles: NATIONAL, bend: drop('CONTACT-POSTCODE-MAINLAND'),
    zh: '不校验大陆考生邮编为6位数字', en: 'A mainland postcode is not checked for six digits.' },
  // education
  { name: 'graduate-lower-record-refused', rules: ['EDU-GRADUATE-LOWER-RECORD'], profiles: HUNAN,
    bend: replace<Candidate>('EDU-GRADUATE-LOWER-RECORD', (c) => (c.education.length > 1 ? { code: 'no-lower-record' } : null), (c) => c.education.some((r) => r.selected && (GRADUATE_LEVELS as readonly string[]).includes(r.level))),
    zh: '以研究生学历报考者同时填写本科学历即被拒绝（两种读法都不允许）', en: 'A graduate candidate who also lists the 本科 record is refused, which neither accepted reading allows.' },
  { name: 'graduate-diploma-required', rules: ['EDU-DIPLOMA-REQUIRED'], profiles: NATIONAL,
    bend: subject<Candidate>('EDU-DIPLOMA-REQUIRED', (c) => ({ ...c, work: { ...c.work, status: '在职' } })),
    zh: '应届研究生的毕业证书编号也被要求填写', en: 'The graduate-student exemption is ignored: a diploma number is required of this year\'s graduate students too.' },
  { name: 'graduation-before-enrolment-accepted', rules: ['EDU-GRADUATION-AFTER-ENROLMENT'], profiles: NATIONAL, bend: drop('EDU-GRADUATION-AFTER-ENROLMENT'),
    zh: '毕业时间早于入学时间也被接受', en: 'A graduation month before the enrolment month is accepted.' },
  // certificate
  { name: 'registered-month-refused', rules: ['CERT-REGISTERED-FORMAT'], profiles: NATIONAL,
    bend: replace<Candidate>('CERT-REGISTERED-FORMAT', (c) => c.certificates.flatMap((x, i) => (x.selected && x.registered !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(x.registered) ? [{ code: 'format', path: `certificates.${i}.registered` }] : []))),
    zh: '注册年月要求填写到日（YYYY-MM-DD），按证书填写的年月被拒绝', en: 'The 注册年月 field demands a full date (YYYY-MM-DD): the month the certificate shows is refused.' },
  { name: 'zhuanke-upgrade-certificate-optional', rules: ['CERT-REQUIRED-FOR-UPGRADE'], profiles: NATIONAL25,
    bend: params<{ levels: string[]; levelsText: string }>('CERT-REQUIRED-FOR-UPGRADE', () => ({ levels: ['中专'], levelsText: '中专' })),
    zh: '专科学历助理升执业考生不填证书也能提交（只查中专）', en: 'A 专科 assistant upgrading to 执业 submits without the certificate (only 中专 is checked).' },
  { name: 'registered-before-issued-accepted', rules: ['CERT-REGISTERED-AFTER-ISSUED'], profiles: NATIONAL, bend: drop('CERT-REGISTERED-AFTER-ISSUED'),
    zh: '执业注册日期早于证书签发日期也被接受', en: 'A registration date before the certificate was issued is accepted.' },
  { name: 'cert-number-unchecked', rules: ['CERT-NUMBER-FORMAT'], profiles: NATIONAL, bend: drop('CERT-NUMBER-FORMAT'),
    zh: '不校验资格证书编码格式', en: 'The qualification certificate number\'s format is not checked.' },
  // application
  { name: 'wizard-no-previous-step', rules: ['APP-WIZARD-NAVIGATION'], profiles: NATIONAL,
    patch: [{ file: 'pages/applyPages.ts', find: "${n > 2 ? html`<a href=\"/apply/${d.app.id}/${prev.id}\">上一步</a> ` : ''}", replace: '' }],
    zh: '报名向导没有“上一步”，考生只能向前或用浏览器后退', en: 'The wizard offers no 上一步: a candidate can only go forward or use the browser\'s back button.' },
  { name: 'wizard-work-not-prefilled', rules: ['APP-WIZARD-PREFILL'], profiles: HUBEI26,
    patch: [{ file: 'pages/applyPages.ts', find: "if (step === 'work') return formFields(workForm, c, d.errors", replace: "if (step === 'work') return formFields(workForm, d.values, d.errors" }],
    zh: '报名向导的工作情况一步不提取个人信息，考生须重新填写', en: 'The wizard\'s 工作情况 step opens empty instead of taking the values from 个人信息.' },
  { name: 'provincial-site-refused', rules: ['APP-SITE-WORK-UNIT'], profiles: HUNAN,
    bend: params<{ provincial: unknown }>('APP-SITE-WORK-UNIT', () => ({ provincial: null })),
    zh: '省直医院考生选择省直考点被拒绝（一律按单位所在州市）', en: 'A provincial hospital\'s candidate choosing the 省直考点 is refused: every unit is held to its prefecture.' },
  { name: 'military-subject-for-all', rules: ['APP-MILITARY-ONLY-ACTIVE'], profiles: NATIONAL, bend: drop('APP-MILITARY-ONLY-ACTIVE'),
    zh: '非现役军人也可选择军事医学', en: 'Candidates who are not active-duty military may choose 军事医学.' },
  { name: 'work-unit-optional', rules: ['APP-WORK-UNIT-REQUIRED'], profiles: NATIONAL, bend: drop('APP-WORK-UNIT-REQUIRED'),
    zh: '工作单位可不填', en: 'The work unit may be left empty.' },
  // photo
  { name: 'photo-cap-off-by-one', rules: ['PHOTO-SIZE'], profiles: HUBEI26, bend: params<{ maxKB: number; capAllowed: boolean }>('PHOTO-SIZE', (p) => ({ ...p, capAllowed: true })),
    zh: '照片"小于30kb"按"不大于"处理：恰好30KB的照片被接受', en: 'The photo cap is off by one byte: a photo of exactly 30 KB passes where the seed says 小于30kb.' },
  { name: 'photo-cap-1000-bytes', rules: ['PHOTO-SIZE'], profiles: NATIONAL, bend: context('PHOTO-SIZE', (ctx) => ({ ...ctx, profile: { ...ctx.profile, kbBytes: 1000 } })),
    zh: '照片大小按1KB=1000字节计算，40KB(40960字节)的照片被拒绝', en: 'The photo cap counts 1000 bytes per KB: a 40 KB (40960-byte) photo is refused.' },
  { name: 'photo-format-by-name', rules: ['PHOTO-FORMAT'], profiles: NATIONAL, bend: drop('PHOTO-FORMAT'),
    zh: '只看照片文件扩展名，名为.jpg的PNG被接受', en: 'The photo format is judged by its name: a PNG named .jpg is accepted.' },
  // materials
  { name: 'material-size-500k', rules: ['MATERIAL-IMAGE-SIZE'], profiles: HUBEI26, bend: params<{ maxKB: number }>('MATERIAL-IMAGE-SIZE', (p) => ({ ...p, maxKB: 500 })),
    zh: '材料图片上限按说明文字的500k而非对话框的200k', en: 'Material images are capped at the 500k of the help text instead of the 200k the dialog enforces.' },
  { name: 'png-refused', rules: ['MATERIAL-IMAGE-FORMAT'], profiles: HUBEI26,
    bend: replace<UploadAttempt>('MATERIAL-IMAGE-FORMAT', (u) => (['jpg', 'jpeg'].includes(ext(u.fileName)) ? null : { code: 'format', detail: { format: ext(u.fileName) } })),
    zh: '按文件扩展名判断格式，PNG图片被拒绝', en: 'The material format is judged by the file extension and only .jpg passes: PNG images are refused.' },
  { name: 'identity-third-image-accepted', rules: ['MATERIAL-IMAGE-COUNT'], profiles: HUBEI22, bend: drop('MATERIAL-IMAGE-COUNT'),
    zh: '身份证件可上传第三张图片', en: 'A third identity image is accepted where the profile fixes two.' },
  { name: 'upload-count-race', rules: ['MATERIAL-IMAGE-COUNT'], profiles: HUBEI22, seam: 'uploadMaterial',
    zh: '张数检查在事务外，并发上传可超过张数上限', en: 'The image count is checked outside the transaction: parallel uploads pass the limit.' },
  { name: 'empty-file-accepted', rules: ['MATERIAL-IMAGE-NOT-EMPTY'], profiles: HUBEI26, bend: drop('MATERIAL-IMAGE-NOT-EMPTY'),
    zh: '0字节的材料文件被接受', en: 'A zero-byte material file is accepted.' },
  { name: 'truncated-image-accepted', rules: ['MATERIAL-IMAGE-DECODES'], profiles: HUBEI26, bend: drop('MATERIAL-IMAGE-DECODES'),
    zh: '损坏或截断的图片被接受', en: 'A truncated or corrupt image is accepted.' },
  { name: 'declaration-not-required', rules: ['MATERIAL-DECLARATION'], profiles: HEBEI, bend: drop('MATERIAL-DECLARATION'),
    zh: '未勾选承诺声明也可提交审核', en: '提交审核 goes through without the declaration of truthfulness.' },
  { name: 'portal-any-password', rules: ['MATERIAL-PORTAL-AUTHORISE'], profiles: HUBEI26, bend: drop('MATERIAL-PORTAL-AUTHORISE'),
    zh: '省网授权时不校验国家平台密码', en: 'The portal\'s authorisation does not check the national account\'s password.' },
  // review
  { name: 'no-lock-after-submit', rules: ['REVIEW-SUBMIT-LOCKS-ALL', 'MATERIAL-UPLOAD-LOCKED'], profiles: HUBEI26, seam: 'materialUnlocked', bend: drop('REVIEW-SUBMIT-LOCKS-ALL'),
    zh: '提交审核后材料未锁定，仍可上传和删除', en: 'Materials stay unlocked after 提交审核: uploads and deletes still go through.' },
  { name: 'return-unlocks-all', rules: ['REVIEW-RETURN-UNLOCKS-NAMED'], profiles: HUBEI26, seam: 'materialUnlocked',
    zh: '退回修改解锁全部材料，而非审核人员指定的材料', en: 'A return for correction unlocks every material, not only the ones the reviewer named.' },
  { name: 'feedback-oldest-first', rules: ['REVIEW-FEEDBACK-NEWEST-FIRST'], profiles: HUBEI26, seam: 'portalView',
    zh: '考务人员反馈信息按时间正序（最旧在前）显示', en: 'The feedback list is shown oldest first.' },
  { name: 'feedback-missing-timestamp', rules: ['REVIEW-FEEDBACK-TIMESTAMPED'], profiles: HUBEI26, seam: 'portalView',
    zh: '反馈信息不显示时间', en: 'Feedback entries are shown without their date and time.' },
  { name: 'read-others-file', rules: ['REVIEW-OWN-FILE'], profiles: HUBEI26, bend: drop('REVIEW-OWN-FILE'),
    zh: '考生可读取其他考生上传的文件', en: 'A candidate can read another candidate\'s uploaded file by its id.' },
  { name: 'candidate-can-review', rules: ['REVIEW-ONLY-REVIEWERS'], profiles: HUBEI26, seam: 'decide',
    zh: '考生会话可执行审核操作（退回、通过、不通过）', en: 'A reviewer action (return, approve, reject) is accepted from a candidate\'s session.' },
  { name: 'return-without-message', rules: ['REVIEW-RETURN-MESSAGE'], profiles: HUBEI26, bend: drop('REVIEW-RETURN-MESSAGE'),
    zh: '退回修改可不填写反馈意见', en: 'A return for correction goes through without a message.' },
  { name: 'no-return-sms', rules: ['REVIEW-RETURN-SMS'], profiles: HUBEI26, seam: 'decide',
    zh: '退回修改时不发送短信', en: 'No SMS is sent on a return for correction.' },
  { name: 'edit-after-submit', rules: ['REVIEW-NO-EDIT-AFTER-SUBMIT'], profiles: NATIONAL, seam: 'refuseUnlessDraft',
    zh: '报名信息提交后仍可修改', en: 'Application fields can still be edited after submit.' },
  { name: 'abandon-keeps-records-locked', rules: ['REVIEW-RECORD-IN-USE-LOCKED'], profiles: NATIONAL, seam: 'lockedRecordIds',
    zh: '放弃报考后所用的学历、证书记录仍被锁定', en: 'After 放弃报考 the records the application used stay locked.' },
  // payment
  { name: 'payment-callback-double', rules: ['PAY-CALLBACK-ONCE'], profiles: HUBEI26, seam: 'recordPayment',
    zh: '重复的支付回调被再次记账', en: 'A repeated payment callback is processed again (no idempotency check): the second insert hits the database key and the callback fails with 500, so the gateway keeps retrying; a site without that key records it twice.' },
  { name: 'exempt-charged', rules: ['PAY-EXEMPT-NO-SKILLS-FEE'], profiles: HUBEI26, seam: 'isExempt',
    zh: '技能免考考生仍被收取实践技能考试费', en: 'A skills-exempt candidate is charged the skills-exam fee.' },
  { name: 'pay-button-before-review', rules: ['PAY-OPENS'], profiles: HEBEI,
    bend: params<{ payableStates: string[] }>('PAY-OPENS', () => ({ payableStates: ['submitted', 'under-review', 'returned', 'site-approved', 'approved'] })),
    zh: '河北考生在考区复审前即显示缴费按钮', en: 'Hebei shows the pay button before the region\'s review that opens payment (Hubei\'s order applied).' },
  { name: 'pay-deadline-ignored', rules: ['PAY-DEADLINE'], profiles: HUBEI26, bend: drop('PAY-DEADLINE'),
    zh: '缴费截止后仍可缴费', en: 'Payment is accepted after the payment deadline.' },
  { name: 'unpaid-not-withdrawn', rules: ['PAY-UNPAID-WITHDRAWN'], profiles: HUBEI26, bend: drop('PAY-UNPAID-WITHDRAWN'),
    zh: '缴费截止后未缴费的报名未被视为放弃', en: 'An application unpaid at the deadline is not withdrawn.' },
  { name: 'written-fee-before-results', rules: ['PAY-WRITTEN-AFTER-SKILLS-RESULTS'], profiles: HUBEI26, bend: drop('PAY-WRITTEN-AFTER-SKILLS-RESULTS'),
    zh: '实践技能成绩公布前即可缴纳综合笔试费', en: 'The written-exam fee can be paid before the skills-exam results are out.' },
  { name: 'written-fee-for-failed', rules: ['PAY-WRITTEN-ONLY-PASSED'], profiles: HUBEI26, bend: drop('PAY-WRITTEN-ONLY-PASSED'),
    zh: '实践技能考试未通过的考生仍可缴纳综合笔试费', en: 'A candidate who failed the skills exam can still pay the written-exam fee.' },
  // review result
  { name: 'site-approval-shown-final', rules: ['REVIEW-FINAL-RESULT-VISIBLE'], profiles: HEBEI, seam: 'portalView',
    zh: '考点审核通过后，考生端即显示为最终“审核通过”（考区尚未复审）', en: 'The candidate\'s portal shows a 考点 approval as the final result before the 考区 has reviewed.' },
  // training records
  { name: 'training-start-day-accepted', rules: ['EDU-TRAINING-START-FORMAT'], profiles: NATIONAL,
    bend: replace<Candidate>('EDU-TRAINING-START-FORMAT', (c) => c.training.flatMap((t, i) => (/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(t.start) ? [] : [{ code: 'bad-format', path: `training.${i}.start` }]))),
    zh: '培训经历开始时间按日期（YYYY-MM-DD）也被接受', en: 'A training start entered as a day (YYYY-MM-DD, a date picker\'s value) is kept instead of the month YYYY-MM.' },
  { name: 'training-failed-result-accepted', rules: ['EDU-TRAINING-RESULT-PASSED'], profiles: HUNAN, bend: drop('EDU-TRAINING-RESULT-PASSED'),
    zh: '培训经历考核结果为“未通过”“未考核”也被接受', en: 'Hunan: a training record with the result 未通过 or 未考核 is accepted.' },
  // schedule
  { name: 'window-end-exclusive', rules: ['SCHED-APPLY-WINDOW'], profiles: HEBEI,
    bend: params<{ from: string; to: string }>('SCHED-APPLY-WINDOW', (w) => ({ ...w, to: new Date(Date.parse(`${w.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) })),
    zh: '报名截止日当天不能报名（截止日按不含处理）', en: 'The last day of the registration window is treated as closed.' },
  { name: 'upload-after-window', rules: ['SCHED-UPLOAD-DEADLINE'], profiles: HEBEI, bend: drop('SCHED-UPLOAD-DEADLINE'),
    zh: '上传窗口结束后仍可首次上传材料', en: 'First uploads are accepted after the upload window closed.' },
]

/** Every seeded defect: the named ones above, then those written from outside the suite (outside.ts, patches of the site's code). */
export const DEFECTS: readonly Defect[] = [...NAMED_DEFECTS, ...OUTSIDE_DEFECTS, ...SECURITY_DEFECTS]

/** The defect of this name, or undefined. */
export const defectNamed = (name: string): Defect | undefined => DEFECTS.find((d) => d.name === name)

