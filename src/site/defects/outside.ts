import type { Defect } from './registry.ts'
import { edit, patchDefect } from './patch.ts'

// Defects written from outside the suite (issue 13): bugs of the kinds vendors ship, each a small
// change to the site's code applied to a scratch copy (src/site/defects/patch.ts), in the patterns the
// suite used to miss: sibling routes, absent inputs, multiplicity and order, another identity's
// writes, actions out of state. Written before any test aimed at them; docs/defects.md records which
// tests existed when each was written and which of them killed it.

const DELETE_IMAGE_DIRECT = (owner: string) => `{
      // Fast path: remove the row and its file directly.
      const img = c.var.site.portal.image(Number(c.req.param('id')))
      const owning = img ? c.var.site.applications.byId(img.appId) : null
      if (!img || !owning || owning.userId !== ${owner}) throw Refusal.of('not-found', '没有这张图片。', 404)
      c.var.site.portal.deleteImage(img.id)
    }`

/** The defects from outside the suite, each a patch of src/site. */
export const OUTSIDE_DEFECTS: readonly Defect[] = [
  // Sibling routes: a lock checked on one route of an operation, not on its sibling.
  patchDefect({ name: 'record-delete-ignores-in-use', rules: ['REVIEW-RECORD-IN-USE-LOCKED'],
    patch: [edit('actions/personalInfo.ts', 'refuseIfLocked(site, lockedRecords(site, userId).has(id), rec.verified)', 'refuseIfLocked(site, false, rec.verified)')],
    zh: '删除学历记录时不检查其是否被报名使用（修改时检查）', en: 'Deleting a record does not check whether an application uses it (editing does).' }),
  patchDefect({ name: 'delete-image-ignores-lock', rules: ['REVIEW-SUBMIT-LOCKS-ALL'],
    patch: [edit('portal/portalActions.ts', "    refuseAll(candidateEvent(site, now, { action: 'delete-image', material: image.material, materialUnlocked: materialUnlocked(site, now, image.material) }))\n", '')],
    zh: '提交审核后仍可删除材料图片（上传已锁定）', en: 'After 提交审核 an image can still be deleted (uploads are locked).' }),
  patchDefect({ name: 'api-delete-image-skips-lock', rules: ['REVIEW-SUBMIT-LOCKS-ALL'],
    patch: [edit('routes/partTwoApi.ts', "    deleteMaterialImage(c.var.site, authorised(c).id, Number(c.req.param('id')))", `    ${DELETE_IMAGE_DIRECT('authorised(c).id')}`)],
    zh: 'JSON接口删除图片时跳过锁定检查（页面按钮检查）', en: 'The API\'s image delete skips the lock (the page\'s \'-\' button checks it).' }),
  patchDefect({ name: 'page-delete-image-skips-lock', rules: ['REVIEW-SUBMIT-LOCKS-ALL'],
    patch: [edit('routes/portalRoutes.ts', "      deleteMaterialImage(c.var.site, c.var.user!.id, Number(c.req.param('id')))", `      ${DELETE_IMAGE_DIRECT('c.var.user!.id')}`)],
    zh: '页面“-”按钮删除图片时跳过锁定检查（接口检查）', en: 'The page\'s \'-\' button deletes without the lock check (the API checks it).' }),
  patchDefect({ name: 'confirm-step-after-submit', rules: ['REVIEW-NO-EDIT-AFTER-SUBMIT'],
    patch: [edit('actions/wizard.ts', '  const app = ownApplication(site, userId, appId)\n  refuseUnlessDraft(site, app)\n  const { candidate, records }', "  const app = ownApplication(site, userId, appId)\n  if (step !== 'confirm') refuseUnlessDraft(site, app)\n  const { candidate, records }")],
    zh: '报名提交后第6步“确认”仍可保存（其他步骤已锁定）', en: 'After submit, step 6 (考区/考点) can still be saved; the other steps are locked.' }),
  patchDefect({ name: 'work-step-after-submit', rules: ['REVIEW-NO-EDIT-AFTER-SUBMIT'],
    patch: [edit('actions/wizard.ts', '  const app = ownApplication(site, userId, appId)\n  refuseUnlessDraft(site, app)\n  const { candidate, records }', "  const app = ownApplication(site, userId, appId)\n  if (step !== 'work') refuseUnlessDraft(site, app)\n  const { candidate, records }")],
    zh: '报名提交后第3步“工作情况”仍可保存', en: 'After submit, step 3 (工作情况) can still be saved.' }),
  patchDefect({ name: 'submit-again-after-submit', rules: ['REVIEW-NO-EDIT-AFTER-SUBMIT'],
    patch: [edit('actions/wizard.ts', "  const app = ownApplication(site, userId, appId)\n  refuseUnlessDraft(site, app)\n  refuse(checkEvent({ action: 'apply'", "  const app = ownApplication(site, userId, appId)\n  refuse(checkEvent({ action: 'apply'")],
    zh: '已提交的报名可再次提交（重新生成快照）', en: 'A submitted application can be submitted again (its snapshot is taken anew).' }),
  patchDefect({ name: 'api-upload-skips-portal-authorisation', rules: ['MATERIAL-PORTAL-AUTHORISE'],
    patch: [edit('routes/partTwoApi.ts', '    const u = authorised(c)\n    const b = await body(c, MaterialBody)', '    const u = candidateOf(c)\n    const b = await body(c, MaterialBody)')],
    zh: '接口上传材料不要求省网授权（页面要求）', en: 'The API\'s upload does not ask for the portal authorisation (the page does).' }),
  patchDefect({ name: 'upload-open-when-approved', rules: ['REVIEW-SUBMIT-LOCKS-ALL', 'MATERIAL-UPLOAD-LOCKED'],
    patch: [edit('portal/portalActions.ts', "  if (app.state === 'submitted') return true", "  if (app.state === 'submitted' || app.state === 'approved') return true")],
    zh: '审核通过后材料重新解锁', en: 'An approved file\'s materials are unlocked again.' }),
  // Absent inputs: the wrong value is refused, a missing or blank one is not.
  patchDefect({ name: 'captcha-unknown-id-accepted', rules: ['MATERIAL-PORTAL-CAPTCHA'],
    patch: [edit('auth/captchas.ts', 'return Boolean(row && row.expiresAt > this.clock.now().toISOString() && row.answer.toUpperCase() === answer.trim().toUpperCase())', 'return !row || (row.expiresAt > this.clock.now().toISOString() && row.answer.toUpperCase() === answer.trim().toUpperCase())')],
    zh: '验证码编号不存在时视为通过', en: 'A captcha id the site never issued passes.' }),
  patchDefect({ name: 'captcha-blank-answer-accepted', rules: ['MATERIAL-PORTAL-CAPTCHA'],
    patch: [edit('auth/captchas.ts', 'row.answer.toUpperCase() === answer.trim().toUpperCase())', '(!answer.trim() || row.answer.toUpperCase() === answer.trim().toUpperCase()))')],
    zh: '验证码留空时视为通过', en: 'A blank captcha answer passes.' }),
  patchDefect({ name: 'portal-id-number-blank-accepted', rules: ['MATERIAL-PORTAL-ID-NUMBER'],
    patch: [edit('portal/portalActions.ts', "const idNumberMatches = !asks.idNumber || (input.idNumber ?? '')", "const idNumberMatches = !asks.idNumber || !input.idNumber || (input.idNumber ?? '')")],
    zh: '省网授权时证件号码留空即通过', en: 'The portal accepts a blank ID number (a wrong one is refused).' }),
  patchDefect({ name: 'return-materials-absent-accepted', rules: ['REVIEW-RETURN-NAMES-MATERIALS'],
    patch: [edit('review/reviewActions.ts', 'message, materialsNamed: materials.length,', 'message, materialsNamed: input.materials === undefined ? 1 : materials.length,')],
    zh: '退回修改未传材料列表时不校验（空列表被拒绝）', en: 'A return without any materials field passes (an empty list is refused).' }),
  patchDefect({ name: 'return-message-untrimmed', rules: ['REVIEW-RETURN-MESSAGE'],
    patch: [edit('review/reviewActions.ts', "const message = (input.message ?? '').trim()", "const message = input.message ?? ''")],
    zh: '退回意见只含空格也被接受', en: 'A return message of spaces only is accepted.' }),
  // Another identity's writes and reads.
  patchDefect({ name: 'other-candidate-deletes-image', rules: ['REVIEW-OWN-FILE'],
    patch: [edit('portal/portalActions.ts', "if (!image || !app || app.userId !== userId) throw Refusal.of('not-found', '没有这张图片。', 404)", "if (!image || !app) throw Refusal.of('not-found', '没有这张图片。', 404)")],
    zh: '考生可按编号删除其他考生的材料图片', en: 'A candidate can delete another candidate\'s image by its id.' }),
  patchDefect({ name: 'other-candidate-reads-payment', rules: ['REVIEW-OWN-FILE'],
    patch: [edit('routes/partTwoApi.ts', 'if (!a || a.userId !== candidateOf(c).id) throw', 'if (!a || !candidateOf(c)) throw')],
    zh: '考生可查看、支付其他考生的报名费用', en: 'A candidate can read and pay another candidate\'s fee by application id.' }),
  patchDefect({ name: 'site-reviewer-remit-by-area', rules: ['REVIEW-SITE-OWN-SITE'],
    patch: [edit('review/reviewActions.ts', "if (u.role === 'site-reviewer') return u.siteCode === app.data.site", "if (u.role === 'site-reviewer') return u.areaCode === app.data.area")],
    zh: '考点审核员的权限按考区判断：可审核同考区其他考点的考生', en: 'A 考点 reviewer\'s remit is checked by 考区: they decide files of other 考点 of the area.' }),
  patchDefect({ name: 'site-reviewer-reads-any-file', rules: ['REVIEW-SITE-OWN-SITE'],
    patch: [edit('portal/portalActions.ts', "const sameSite = user.role === 'site-reviewer' ? user.siteCode === app.data.site :", "const sameSite = user.role === 'site-reviewer' ? true :")],
    zh: '考点审核员可读取任何考点考生的材料文件', en: 'A 考点 reviewer reads the material files of any 考点.' }),
  patchDefect({ name: 'files-readable-without-login', rules: ['REVIEW-OWN-FILE'],
    patch: [edit('portal/portalActions.ts', "  if (!user) throw Refusal.of('unauthenticated', '请先登录。', 403)\n  const image = site.portal.imageOfFile(fileId)", "  if (!user) return { bytes: site.files.read(fileId), format: site.files.meta(fileId)?.format ?? 'jpeg' }\n  const image = site.portal.imageOfFile(fileId)")],
    zh: '未登录者可按文件编号读取材料文件', en: 'Material files can be read by id without logging in.' }),
  patchDefect({ name: 'region-reviewer-any-area', rules: ['REVIEW-SITE-OWN-SITE'],
    patch: [edit('review/reviewActions.ts', "if (u.role === 'region-reviewer') return u.areaCode === app.data.area", "if (u.role === 'region-reviewer') return true")],
    zh: '考区审核员可审核其他考区的考生', en: 'A 考区 reviewer decides files of other areas.' }),
  // Multiplicity and order.
  patchDefect({ name: 'pay-creates-order-each-click', rules: ['PAY-NO-DOUBLE-PAY', 'PAY-CALLBACK-ONCE'],
    patch: [edit('payment/paymentActions.ts', '  if (open) return { order: open, browserUrl: browserPayUrl(site, open.payUrl) }\n', '')],
    zh: '每次点击“立即缴费”都新建订单，两个订单都可支付', en: 'Each click of 立即缴费 makes a new order; both can be paid.' }),
  patchDefect({ name: 'deadline-withdraws-paid', rules: ['PAY-UNPAID-WITHDRAWN'],
    patch: [edit('lifecycle/runDeadlines.ts', "Boolean(due) && k.payment === 'unpaid' && systemMay(", 'Boolean(due) && systemMay(')],
    zh: '缴费截止处理把已缴费的报名也视为放弃', en: 'The payment deadline run withdraws paid applications too.' }),
  patchDefect({ name: 'deadline-stops-after-first-withdrawal', rules: ['PAY-UNPAID-WITHDRAWN'],
    patch: [edit('lifecycle/runDeadlines.ts', "          report.withdrawn.push(app.id)\n          continue\n", "          report.withdrawn.push(app.id)\n          break\n")],
    zh: '缴费截止处理放弃第一个未缴费报名后即停止（本应 continue 处写成了 break），其后的未缴费报名未被处理', en: 'The deadline run stops after its first withdrawal (break where continue was meant): unpaid ones after it are not withdrawn.' }),
  patchDefect({ name: 'feedback-sorted-as-text', rules: ['REVIEW-FEEDBACK-NEWEST-FIRST'],
    patch: [
      edit('portal/portalActions.ts', 'feedback: feedbackAsShown(site, site.portal.feedback(app.id))', 'feedback: feedbackAsShown(site, [...site.portal.feedback(app.id)].sort((a, b) => feedbackTime(b.at).localeCompare(feedbackTime(a.at))))'),
      edit('portal/portalActions.ts', "import { beijingIso } from '../lifecycle/feedbackTime.ts'", "import { beijingIso, feedbackTime } from '../lifecycle/feedbackTime.ts'"),
    ],
    zh: '反馈按显示的时间文字排序（9:40排在10:05之前）', en: 'Feedback is sorted by its shown time as text: 9:40 comes before 10:05.' }),
  patchDefect({ name: 'feedback-same-day-oldest-first', rules: ['REVIEW-FEEDBACK-NEWEST-FIRST'],
    patch: [edit('store/portal.ts', 'ORDER BY at DESC, id DESC', 'ORDER BY substr(at, 1, 10) DESC, id ASC')],
    zh: '反馈按日期倒序，同一天内按先后顺序', en: 'Feedback is sorted by day, newest day first, but oldest first within a day.' }),
  // More of the same patterns, on the other resources.
  patchDefect({ name: 'other-candidate-edits-draft-application', rules: ['REVIEW-OWN-FILE'],
    patch: [edit('actions/wizard.ts', "if (!app || app.userId !== userId) throw Refusal.of('not-found', '没有这个报名项目。', 404)", "if (!app) throw Refusal.of('not-found', '没有这个报名项目。', 404)")],
    zh: '考生可按编号修改、提交或放弃其他考生的报名', en: 'A candidate can change, submit or abandon another candidate\'s application by its id.' }),
  patchDefect({ name: 'record-delete-any-user', rules: ['REVIEW-OWN-FILE'],
    patch: [
      edit('store/candidates.ts', "this.db.prepare('DELETE FROM records WHERE id = ? AND user_id = ?').run(id, userId)", "this.db.prepare('DELETE FROM records WHERE id = ?').run(id)"),
      edit('actions/personalInfo.ts', "  const rec = site.candidates.record(userId, id)\n  if (!rec) throw Refusal.of('not-found', '没有这条记录。', 404)", "  const rec = site.candidates.record(userId, id) ?? { verified: false }"),
    ],
    zh: '考生可按编号删除其他考生的学历、证书记录', en: 'A candidate can delete another candidate\'s record by its id.' }),
  patchDefect({ name: 'review-queue-whole-area', rules: ['REVIEW-SITE-OWN-SITE'],
    patch: [edit('review/reviewActions.ts', '    .filter((a) => covers(site, user, a))\n', "    .filter((a) => user.role !== 'site-reviewer' || a.data.area === user.areaCode)\n")],
    zh: '考点审核员的审核队列列出整个考区的考生', en: 'A 考点 reviewer\'s queue lists the whole 考区.' }),
  patchDefect({ name: 'review-detail-any-site', rules: ['REVIEW-SITE-OWN-SITE'],
    patch: [edit('review/reviewActions.ts', '  const sameSite = covers(site, user, app)\n', '  const sameSite = true\n')],
    zh: '考点审核员可打开其他考点考生的审核页面', en: 'A 考点 reviewer opens the review page of another 考点\'s candidate.' }),
  // Hubei accepts authorising once per account (MATERIAL-PORTAL-AUTHORISE's readings): only Hebei's every-entry reading refuses this.
  patchDefect({ name: 'portal-authorised-for-every-session', rules: ['MATERIAL-PORTAL-AUTHORISE'], profiles: ['hebei-shijiazhuang-2022'],
    patch: [edit('store/portal.ts', "SELECT 1 FROM portal_sessions WHERE session_id = ? AND user_id = ?').get(sessionId, userId)", "SELECT 1 FROM portal_sessions WHERE (session_id = ? OR 1) AND user_id = ?').get(sessionId, userId)")],
    zh: '一次授权后该考生的所有会话都可进入省网', en: 'Once authorised, every session of the candidate enters the portal without authorising.' }),
  // Breaks both of Hubei's readings: the first authorisation, answered wrongly, lets the session in.
  patchDefect({ name: 'portal-refused-entry-authorises', rules: ['MATERIAL-PORTAL-AUTHORISE', 'MATERIAL-PORTAL-CAPTCHA', 'MATERIAL-PORTAL-ID-NUMBER'],
    patch: [edit('portal/portalActions.ts', "  refuseAll(candidateEvent(site, app, { action: 'enter-portal', credentialsValid, captchaValid, idNumberMatches }))\n  if (!app) throw Refusal.of('no-application', '请先在国家医学考试网完成并提交报名信息，再点击“上传相关材料”。', 409)\n  site.portal.authorise(user.id, sessionId, site.nowIso())\n", "  site.portal.authorise(user.id, sessionId, site.nowIso())\n  refuseAll(candidateEvent(site, app, { action: 'enter-portal', credentialsValid, captchaValid, idNumberMatches }))\n  if (!app) throw Refusal.of('no-application', '请先在国家医学考试网完成并提交报名信息，再点击“上传相关材料”。', 409)\n")],
    zh: '省网授权先记录会话再校验，授权被拒绝后该会话仍可进入省网', en: 'The portal records the session as authorised before checking the form: a refused authorisation still lets the session in.' }),
  patchDefect({ name: 'change-password-blank-current', rules: ['ACCOUNT-CHANGE-PASSWORD-CURRENT'],
    patch: [edit('actions/account.ts', "const currentPasswordCorrect = site.users.checkPassword(user.id, typeof input.currentPassword === 'string' ? input.currentPassword : '')", "const currentPasswordCorrect = !input.currentPassword || site.users.checkPassword(user.id, typeof input.currentPassword === 'string' ? input.currentPassword : '')")],
    zh: '修改密码时当前密码留空即不校验', en: 'Changing the password with the current password left blank skips its check.' }),
]
