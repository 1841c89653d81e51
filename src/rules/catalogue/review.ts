import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { defineRule, type AnyRule } from '../rule.ts'
import { LOCKED_STATES, REVIEW_ACTIONS, SUBMIT_NOTICE, type LifecycleEvent } from '../lifecycle.ts'
import { PORTAL_NOTE, portalOnly } from './materials.ts'

const HEBEI_ONLY = { base: null, overrides: { 'hebei-shijiazhuang-2022': {} } }
const HEBEI_NOTE = 'Only the Hebei notice (seed 003) has two review levels (考点, then 考区 复审) and states this; Hubei and the national guide review at one level and say nothing of it.'
const byCandidate = (e: LifecycleEvent, ...actions: string[]) => e.actor === 'candidate' && actions.includes(e.action)
const isDecision = (e: LifecycleEvent) => (REVIEW_ACTIONS as readonly string[]).includes(e.action)
/** 考务人员反馈信息 timestamps as the portal prints them: 2020/3/14 22:02:08. */
const FEEDBACK_TIME = /^(\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})$/
const feedbackTime = (at: string) => {
  const m = FEEDBACK_TIME.exec(at)
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN
}

const lockRules = [
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-SUBMIT-LOCKS-ALL',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '提交审核后全部材料锁定，考生无法修改',
    summary: 'After 提交审核 (and while the file is under review or decided) the candidate can neither upload nor delete any image.',
    message: '上报完成，内容已锁定：材料已提交审核，无法自行修改。',
    sources: [
      { seed: SEEDS.hubei2026, section: '三、(一) 5', quote: '提交后，考生界面会显示上报完成，内容已锁定的提示' },
      { seed: SEEDS.hubei2026, section: '三、(三)', quote: '已锁定（考生信息已提交 / 考生信息未被打回），此时考生无法修改图片材料' },
      { seed: SEEDS.hebei2022, section: '二、(一)', quote: '在确认无误提交后，报名材料将锁定不可更换' },
    ],
    profiles: portalOnly({}),
    note: `Locked states: ${LOCKED_STATES.join(', ')}. Before 提交审核 (state submitted) everything is unlocked: delete ('-') and re-upload are allowed. ${PORTAL_NOTE}`,
    check: {
      subject: 'event', path: 'state',
      applies: (e) => byCandidate(e, 'upload', 'delete-image'),
      test: (e) => ((LOCKED_STATES as readonly string[]).includes(e.state) ? { code: 'locked' } : null),
    },
    cases: [
      { name: 'upload before 提交审核', value: 'submitted', expected: 'accept' },
      { name: 'delete before 提交审核', base: 'delete', value: 'submitted', expected: 'accept' },
      { name: 'upload after 提交审核', value: 'under-review', set: { materialUnlocked: false }, expected: 'reject' },
      { name: 'delete after 提交审核', base: 'delete', value: 'under-review', set: { materialUnlocked: false }, expected: 'reject' },
      { name: 'upload after 考点 approval', value: 'site-approved', set: { materialUnlocked: false }, expected: 'reject' },
      { name: 'upload after final approval', value: 'approved', set: { materialUnlocked: false }, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-RETURN-UNLOCKS-NAMED',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '退回修改只解锁审核人员指定的材料',
    summary: 'In a file returned for correction the candidate may change only the materials the reviewer unlocked; the others stay locked.',
    message: '该材料未被要求修改，仍处于锁定状态；请只修改反馈意见中解锁的材料。',
    sources: [
      { seed: SEEDS.hebei2022, section: '附件2 四', quote: '对解锁的材料进行调整并重新完成上传' },
      { seed: SEEDS.hubei2026, section: '三、(三)', quote: '未锁定（考生上传后尚未提交或审核期间审核人员要求考生更换完善的资料），考生可以修改图片材料' },
    ],
    profiles: portalOnly({}),
    note: PORTAL_NOTE,
    check: {
      subject: 'event', path: 'materialUnlocked',
      applies: (e) => e.state === 'returned' && byCandidate(e, 'upload', 'delete-image'),
      schema: () => z.literal(true),
    },
    cases: [
      { name: 'upload to the named material', value: true, set: { state: 'returned' }, expected: 'accept' },
      { name: 'delete in the named material', base: 'delete', value: true, set: { state: 'returned' }, expected: 'accept' },
      { name: 'upload to a material not named', value: false, set: { state: 'returned' }, expected: 'reject' },
      { name: 'delete in a material not named', base: 'delete', value: false, set: { state: 'returned' }, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-SUBMIT-NOTICE',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '提交审核后显示“上报完成，内容已锁定”',
    summary: 'Submitting for review posts the timestamped notice 上报完成，内容已锁定 to the candidate.',
    message: '提交成功后应显示“上报完成，内容已锁定。”的提示。',
    sources: [
      { seed: SEEDS.hubei2026, section: '三、(四)', quote: '2020/3/12 22:02:08 上报完成，内容已锁定。' },
      { seed: SEEDS.hebei2022, section: '附件2 三', quote: '提交后，考生界面会显示上报完成，内容已锁定的提示' },
    ],
    profiles: portalOnly({}),
    note: `The event's message is the notice the portal posts; its timestamp is checked by REVIEW-FEEDBACK-TIMESTAMPED where the candidate reads it. ${PORTAL_NOTE}`,
    check: {
      subject: 'event', path: 'message',
      applies: (e) => e.action === 'submit-review',
      test: (e) => (e.message.includes('上报完成，内容已锁定') ? null : { code: 'no-lock-notice' }),
    },
    cases: [
      { name: 'the notice', base: 'submit-review', value: SUBMIT_NOTICE, expected: 'accept' },
      { name: 'no notice', base: 'submit-review', value: '', expected: 'reject' },
      { name: 'a generic success message', base: 'submit-review', value: '提交成功', expected: 'reject' },
    ],
  }),
]

const feedbackRules = [
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-FEEDBACK-TIMESTAMPED',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '反馈信息逐条带时间',
    summary: 'Every entry of 考务人员反馈信息 shows its date and time (YYYY/M/D HH:MM:SS).',
    message: '反馈信息缺少时间，考生无法判断先后。',
    sources: [{ seed: SEEDS.hubei2026, section: '三、(五)', quote: '2020/3/14 22:02:08 毕业证编号无法辨别，请重新上传！' }],
    profiles: portalOnly({}),
    note: `Format as the portal screenshot prints it (seed 001). ${PORTAL_NOTE}`,
    check: {
      subject: 'event', path: 'feedback',
      applies: (e) => e.action === 'view-feedback',
      test: (e) => e.feedback.flatMap((f, i) => (FEEDBACK_TIME.test(f.at) ? [] : [{ code: 'no-timestamp', path: `feedback.${i}.at` }])),
    },
    cases: (_p, ctx) => [
      { name: 'every entry timed', base: 'view-feedback', expected: 'accept' },
      { name: 'an entry without time', base: 'view-feedback', set: { 'feedback.0.at': '' }, expected: 'reject' },
      { name: 'date only', base: 'view-feedback', set: { 'feedback.0.at': `${ctx.profile.examYear}/2/20` }, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-FEEDBACK-NEWEST-FIRST',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '反馈信息按时间倒序显示（最新在前）',
    summary: 'Feedback entries are shown newest first.',
    message: '反馈信息应按时间倒序排列，最新的意见在最上方。',
    sources: [{ seed: SEEDS.hubei2026, section: '三、(五)', quote: '2020/3/14 22:02:08 毕业证编号无法辨别，请重新上传！ 2020/3/12 22:02:08 上报完成，内容已锁定。' }],
    profiles: portalOnly({}),
    note: `Read from the screenshot in seed 001: the 3/14 return above the 3/12 lock notice. Only checked when every entry is timed (REVIEW-FEEDBACK-TIMESTAMPED). ${PORTAL_NOTE}`,
    check: {
      subject: 'event', path: 'feedback',
      applies: (e) => e.action === 'view-feedback' && e.feedback.every((f) => FEEDBACK_TIME.test(f.at)),
      test: (e) => {
        const t = e.feedback.map((f) => feedbackTime(f.at))
        return t.some((x, i) => i > 0 && x > t[i - 1]!) ? { code: 'not-newest-first' } : null
      },
    },
    cases: (_p, ctx) => {
      const y = ctx.profile.examYear
      const older = { at: `${y}/1/15 10:00:00`, text: SUBMIT_NOTICE }
      const newer = { at: `${y}/2/20 10:00:00`, text: '毕业证编号无法辨别，请重新上传！' }
      return [
        { name: 'newest first', base: 'view-feedback', value: [newer, older], expected: 'accept' },
        { name: 'oldest first', base: 'view-feedback', value: [older, newer], expected: 'reject' },
        { name: 'same day, later hour last', base: 'view-feedback', value: [{ ...newer, at: `${y}/2/20 9:00:00` }, newer], expected: 'reject' },
      ]
    },
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-RETURN-MESSAGE',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '退回修改须填写反馈意见',
    summary: 'Returning a file for correction requires a message telling the candidate what to fix.',
    message: '请填写反馈意见，说明需要考生修改的内容。',
    sources: [{ seed: SEEDS.hubei2026, section: '三、(五)', quote: '及时登录系统查看本人的医师资格考试报名材料审核反馈意见，并根据反馈意见补充完善相关材料' }],
    profiles: portalOnly({}),
    note: PORTAL_NOTE,
    check: { subject: 'event', path: 'message', applies: (e) => e.action === 'return', schema: () => z.string().trim().min(1) },
    cases: [
      { name: 'a message', base: 'return', value: '毕业证编号无法辨别，请重新上传！', expected: 'accept' },
      { name: 'empty message', base: 'return', value: '', expected: 'reject' },
      { name: 'blank message', base: 'return', value: '   ', expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-RETURN-NAMES-MATERIALS',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '退回修改须指定需更换的材料',
    summary: 'A return for correction names at least one material to unlock.',
    message: '请选择需要考生重新上传的材料。',
    sources: [{ seed: SEEDS.hebei2022, section: '附件2 五', quote: '未锁定（考生上传后尚未提交或审核期间审核人员要求考生更换完善的材料），考生可以修改图片材料' }],
    profiles: portalOnly({}),
    note: `A return that unlocks nothing leaves the candidate unable to fix anything. ${PORTAL_NOTE}`,
    check: { subject: 'event', path: 'materialsNamed', applies: (e) => e.action === 'return', schema: () => z.number().int().min(1) },
    cases: [
      { name: 'one material', base: 'return', value: 1, expected: 'accept' },
      { name: 'several materials', base: 'return', value: 3, expected: 'accept' },
      { name: 'no material', base: 'return', value: 0, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-RETURN-SMS',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '退回修改时以短信通知考生',
    summary: 'A return for correction sends an SMS to the mobile number given at registration.',
    message: '退回修改时须通过短信（发送到报名电话号码）通知考生。',
    sources: [
      { seed: SEEDS.hubei2026, section: '三、(四) 报名材料附件', quote: '材料上报完成后，如遇材料问题需要修订，将通过短信方式（发送到报名电话号码）通知' },
      { seed: SEEDS.hebei2022, section: '二、(二)', quote: '审核意见将以短信的方式推送' },
    ],
    profiles: { base: null, overrides: { 'hubei-2026': {}, 'hebei-shijiazhuang-2022': {} } },
    note: 'Hubei 2026 and Hebei 2022 promise an SMS; Hubei 2022 (seed 000) only says reviewers contact candidates (电话), so the rule is off there. National and Hunan have no portal.',
    check: { subject: 'event', path: 'smsSent', applies: (e) => e.action === 'return', schema: () => z.literal(true) },
    cases: [
      { name: 'SMS sent', base: 'return', value: true, expected: 'accept' },
      { name: 'no SMS', base: 'return', value: false, expected: 'reject' },
    ],
  }),
]

const roleRules = [
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-ONLY-REVIEWERS',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '只有审核人员可以审核',
    summary: 'Return, approve, reject and change of result are refused to candidates (and to the payment gateway).',
    message: '无审核权限。',
    sources: [{ seed: SEEDS.hebei2022, section: '二、(二)', quote: '审核人员对考生报考信息的正确性及上传材料的真实性进行审查' }],
    profiles: { base: {} },
    note: 'The system actor may reject a returned file whose deadline passed (REVIEW-EXPIRED-RETURN-FAILS).',
    check: {
      subject: 'event', path: 'actor',
      applies: isDecision,
      test: (e) => (e.actor === 'candidate' || e.actor === 'gateway' ? { code: 'not-a-reviewer' } : null),
    },
    cases: [
      { name: 'site reviewer approves', base: 'approve', value: 'site-reviewer', expected: 'accept' },
      { name: 'candidate approves', base: 'approve', value: 'candidate', expected: 'reject' },
      { name: 'candidate returns', base: 'return', value: 'candidate', expected: 'reject' },
      { name: 'candidate rejects', base: 'reject', value: 'candidate', expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-SITE-OWN-SITE',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '考点审核人员只能审核本考点考生',
    summary: 'A site (考点) reviewer reads and decides only the files of candidates at their own site; a region (考区) reviewer only those of their own region.',
    message: '该考生不属于本考点，无权查看或审核。',
    sources: [
      { seed: SEEDS.hebei2022, section: '二、(二)', quote: '如果报名信息有问题，请考生及时联系考点考务工作人员进行信息修改' },
      { seed: SEEDS.hubei2022, section: '五、(一)', quote: '考生（含部队考生）根据试用机构所在地对应考点进行报考' },
    ],
    profiles: { base: {} },
    note: 'The seeds give each site its own candidates (报考考点) and review (考点审核); that a reviewer cannot act on another site\'s candidates is the access rule this implies. The 考区 is the same remit one level up (sameSite: within the reviewer\'s remit), so a region reviewer of another region is refused by this rule before any state rule.',
    check: {
      subject: 'event', path: 'sameSite',
      applies: (e) => (e.actor === 'site-reviewer' || e.actor === 'region-reviewer') && (isDecision(e) || e.action === 'read-file'),
      schema: () => z.literal(true),
    },
    cases: [
      { name: 'own site', base: 'approve', value: true, expected: 'accept' },
      { name: 'another site approves', base: 'approve', value: false, expected: 'reject' },
      { name: 'another site reads the file', base: 'read-file', value: false, set: { actor: 'site-reviewer' }, expected: 'reject' },
      { name: 'another region reads the file', base: 'read-file', value: false, set: { actor: 'region-reviewer' }, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-REGION-AFTER-SITE',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '考区复审在考点审核通过后进行',
    summary: 'The region (考区) reviewer decides only files the site (考点) has approved.',
    message: '考点尚未审核通过，考区暂不能复审。',
    sources: [{ seed: SEEDS.hebei2022, section: '二、(二)', quote: '考点审核通过后，考区将进行报名资格复审' }],
    profiles: HEBEI_ONLY,
    note: HEBEI_NOTE,
    check: {
      subject: 'event', path: 'state',
      applies: (e) => e.actor === 'region-reviewer' && ['approve', 'reject', 'return'].includes(e.action),
      test: (e) => (e.state === 'site-approved' ? null : { code: 'site-not-approved' }),
    },
    cases: [
      { name: 'after site approval', base: 'region-approve', value: 'site-approved', expected: 'accept' },
      { name: 'before site approval', base: 'region-approve', value: 'under-review', expected: 'reject' },
      { name: 'file returned at site', base: 'region-approve', value: 'returned', expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-SITE-FIRST-LEVEL-ONLY',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '考点审核通过后由考区复审，考点不再作出决定',
    summary: 'Once the site has approved, the next decision is the region\'s: a site reviewer\'s decision on a site-approved file is refused.',
    message: '该考生已通过考点审核，等待考区复审。',
    sources: [{ seed: SEEDS.hebei2022, section: '二、(二)', quote: '考点审核通过后，考区将进行报名资格复审' }],
    profiles: HEBEI_ONLY,
    note: HEBEI_NOTE,
    check: {
      subject: 'event', path: 'state',
      applies: (e) => e.actor === 'site-reviewer' && isDecision(e),
      test: (e) => (e.state === 'site-approved' ? { code: 'region-level' } : null),
    },
    cases: [
      { name: 'site decides a file under review', base: 'approve', value: 'under-review', expected: 'accept' },
      { name: 'site decides a site-approved file', base: 'approve', value: 'site-approved', expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-FINAL-UNCHANGEABLE',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '考区审核为最终审核，结果不予修改',
    summary: 'The region\'s decision is final: changing an approved or rejected result is refused.',
    message: '考区资格审核为最终审核，审核结果不予修改。',
    sources: [{ seed: SEEDS.hebei2022, section: '五、7', quote: '考区资格审核为最终审核，审核结果不予修改' }],
    profiles: HEBEI_ONLY,
    note: `${HEBEI_NOTE} Changing the site's result at 复审 (state site-approved) is the region's job and allowed.`,
    check: {
      subject: 'event', path: 'state',
      applies: (e) => e.action === 'change-final',
      test: (e) => (e.state === 'approved' || e.state === 'rejected' ? { code: 'final' } : null),
    },
    cases: [
      { name: 'region changes the site result', base: 'region-approve', set: { action: 'change-final' }, value: 'site-approved', expected: 'accept' },
      { name: 'change an approved result', base: 'region-approve', set: { action: 'change-final' }, value: 'approved', expected: 'reject' },
      { name: 'change a rejected result', base: 'region-approve', set: { action: 'change-final' }, value: 'rejected', expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-RESUBMIT-DEADLINE',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '退回修改须在反馈通知要求的期限内重新提交',
    summary: 'A returned file is resubmitted by the deadline in the feedback notice (inclusive); later resubmission is refused.',
    message: '已超过反馈通知要求的重新提交期限，逾期未提交者视作审核不通过。',
    sources: [{ seed: SEEDS.hebei2022, section: '五、6', quote: '请考生务必在反馈通知要求的期限内重新提交，逾期未提交者视作审核不通过' }],
    profiles: HEBEI_ONLY,
    note: 'Hebei only; the deadline is per notice (event.dueBy), not a date of the profile. Hubei states no resubmission deadline besides the end of review (SCHED-REVIEW-PERIOD).',
    check: {
      subject: 'event', path: 'at',
      applies: (e) => e.action === 'submit-review' && e.state === 'returned' && e.dueBy !== '',
      test: (e) => (Date.parse(e.at) <= Date.parse(e.dueBy) ? null : { code: 'past-deadline' }),
    },
    cases: (_p, ctx) => {
      const day = `${ctx.profile.examYear}-02-20`
      return [
        { name: 'an hour before the deadline', base: 'resubmit', value: `${day}T16:00:00+08:00`, expected: 'accept' },
        { name: 'at the deadline', base: 'resubmit', value: `${day}T17:00:00+08:00`, expected: 'accept' },
        { name: 'a minute late', base: 'resubmit', value: `${day}T17:01:00+08:00`, expected: 'reject' },
      ]
    },
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-EXPIRED-RETURN-FAILS',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '逾期未重新提交视作审核不通过',
    summary: 'When the resubmission deadline passes, the returned file is rejected; before it, it may not be.',
    message: '重新提交期限未到，不能判定审核不通过。',
    sources: [{ seed: SEEDS.hebei2022, section: '五、6', quote: '逾期未提交者视作审核不通过，放弃本年度考试' }],
    profiles: HEBEI_ONLY,
    note: 'Hebei only: the system rejects a returned file once event.dueBy has passed.',
    check: {
      subject: 'event', path: 'at',
      applies: (e) => e.actor === 'system' && e.action === 'reject' && e.state === 'returned',
      test: (e) => (e.dueBy !== '' && Date.parse(e.at) > Date.parse(e.dueBy) ? null : { code: 'not-yet-expired' }),
    },
    cases: (_p, ctx) => {
      const day = `${ctx.profile.examYear}-02-20`
      return [
        { name: 'a minute after the deadline', base: 'expire-return', value: `${day}T17:01:00+08:00`, expected: 'accept' },
        { name: 'at the deadline', base: 'expire-return', value: `${day}T17:00:00+08:00`, expected: 'reject' },
      ]
    },
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-OWN-FILE',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '考生只能查看本人的报名材料',
    summary: 'A candidate reads only their own file and feedback, never another candidate\'s.',
    message: '无权查看其他考生的报名材料。',
    sources: [{ seed: SEEDS.hubei2026, section: '三、(五)', quote: '及时登录系统查看本人的医师资格考试报名材料审核反馈意见' }],
    profiles: portalOnly({}),
    note: PORTAL_NOTE,
    check: { subject: 'event', path: 'ownResource', applies: (e) => e.actor === 'candidate' && (e.action === 'read-file' || e.action === 'view-feedback'), schema: () => z.literal(true) },
    cases: [
      { name: 'own file', base: 'read-file', value: true, expected: 'accept' },
      { name: 'another candidate\'s file', base: 'read-file', value: false, expected: 'reject' },
      { name: 'another candidate\'s feedback', base: 'view-feedback', value: false, expected: 'reject' },
    ],
  }),
]

const recordRules = [
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-NO-EDIT-AFTER-SUBMIT',
    level: 'must',
    area: 'review',
    stage: 'submit',
    title: '报名提交后报名信息不能修改',
    summary: 'Once the application is submitted its fields cannot be edited (abandon and apply again inside the window instead).',
    message: '报名信息不提供修改功能；如报考有误，请在网上报名期间放弃报考后重新报名。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名', quote: '报名信息不提供修改功能' },
      { seed: SEEDS.national, section: '二、现场确认', quote: '签字确认后的报名 信息一律不得更改' },
    ],
    profiles: { base: {} },
    check: { subject: 'event', path: 'state', applies: (e) => e.action === 'edit-application', test: (e) => (e.state === 'draft' ? null : { code: 'submitted' }) },
    cases: [
      { name: 'edit the draft', base: 'edit-application', value: 'draft', expected: 'accept' },
      { name: 'edit after submit', base: 'edit-application', value: 'submitted', expected: 'reject' },
      { name: 'edit under review', base: 'edit-application', value: 'under-review', expected: 'reject' },
      { name: 'edit after approval', base: 'edit-application', value: 'approved', expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-RECORD-IN-USE-LOCKED',
    level: 'must',
    area: 'review',
    stage: 'submit',
    title: '报名使用中的教育/培训/证书条目锁定，放弃报考后解锁',
    summary: 'An education, training or certificate record used by a live application cannot be edited; abandoning the application unlocks it.',
    message: '该条目已在报名申请中使用并锁定；如需修改，请先放弃相关报考项目。',
    sources: [{ seed: SEEDS.national, section: '一、1. 个人信息', quote: '被锁定后该条目将不可修改(可通过放弃相关报考项目来解锁)' }],
    profiles: { base: {} },
    check: { subject: 'event', path: 'recordInUse', applies: (e) => e.action === 'edit-record-in-use', schema: () => z.literal(false) },
    cases: [
      { name: 'record not used by an application', base: 'edit-record', value: false, expected: 'accept' },
      { name: 'record freed by abandoning', base: 'edit-record', value: false, set: { state: 'abandoned' }, expected: 'accept' },
      { name: 'record used by the application', base: 'edit-record', value: true, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-VERIFIED-RECORD-LOCKED',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '核验通过的信息标注“√”并锁定',
    summary: 'Information verified against the police or education databases is locked and cannot be edited by the candidate.',
    message: '该信息已核验通过（√）并锁定；如确需修改，请联系报名点。',
    sources: [{ seed: SEEDS.hubei2022, section: '三、(三) 1-2', quote: '系统将在相应信息标注“√”符号并锁定' }],
    profiles: { base: null, overrides: { 'hubei-2022': {} } },
    note: 'Hubei (seed 000) locks verified information; the national guide (002) only marks it (对勾) as trusted data, so the rule is Hubei only (Hubei 2026 inherits).',
    check: { subject: 'event', path: 'recordVerified', applies: (e) => e.action === 'edit-record-in-use', schema: () => z.literal(false) },
    cases: [
      { name: 'unverified record', base: 'edit-record', value: false, expected: 'accept' },
      { name: 'verified record', base: 'edit-record', value: true, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-RECORD-LOCK-MARK',
    level: 'must',
    area: 'review',
    stage: 'submit',
    title: '报名使用中的条目显示锁形标记',
    summary: 'Records used by an application show the lock mark, and only those.',
    message: '报名使用中的条目应显示锁形图案。',
    sources: [{ seed: SEEDS.national, section: '一、1. 个人信息', quote: '锁型图案表示有在报名申请中使用,对勾图案表示已得到验证' }],
    profiles: { base: {} },
    check: { subject: 'event', path: 'lockShown', applies: (e) => e.action === 'view-records', test: (e) => (e.lockShown === e.recordInUse ? null : { code: 'lock-mark' }) },
    cases: [
      { name: 'used and marked', base: 'view-records', value: true, expected: 'accept' },
      { name: 'free and unmarked', base: 'view-records', value: false, set: { recordInUse: false }, expected: 'accept' },
      { name: 'used but no lock', base: 'view-records', value: false, expected: 'reject' },
      { name: 'free but locked', base: 'view-records', value: true, set: { recordInUse: false }, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-RECORD-CHECK-MARK',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '已验证的条目显示对勾标记',
    summary: 'Verified records show the check mark, and only those.',
    message: '已验证的条目应显示对勾图案。',
    sources: [
      { seed: SEEDS.national, section: '一、1. 个人信息', quote: '通过验证的教育经历,培训经历以及证书情况将出现对勾标记' },
      { seed: SEEDS.hubei2022, section: '三、(三) 1-2', quote: '系统将在相应信息标注“√”符号并锁定' },
    ],
    profiles: { base: {} },
    check: { subject: 'event', path: 'checkShown', applies: (e) => e.action === 'view-records', test: (e) => (e.checkShown === e.recordVerified ? null : { code: 'check-mark' }) },
    cases: [
      { name: 'verified and marked', base: 'view-records', value: true, expected: 'accept' },
      { name: 'verified but no mark', base: 'view-records', value: false, expected: 'reject' },
      { name: 'unverified but marked', base: 'view-records', value: true, set: { recordVerified: false }, expected: 'reject' },
    ],
  }),
  defineRule({
    id: 'REVIEW-FORGED-MATERIALS',
    level: 'manual',
    area: 'review',
    stage: 'review',
    title: '利用伪造证件、证明等虚假材料报名的按违纪违规处理',
    summary: 'Reviewers who find forged or false materials cancel this year\'s qualification and bar the candidate for two years.',
    sources: [{ seed: SEEDS.hebei2022, section: '二、(二)', quote: '利用伪造证件、证明及其他虚假材料报名的' }],
    profiles: HEBEI_ONLY,
    note: 'Stated in the Hebei notice; Hubei 2026 warns of the same regulations without the penalty.',
    manual: 'Whether a document is forged is a reviewer\'s finding; the resulting ban is data (candidate.banUntil) for the application rules.',
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'REVIEW-FINAL-RESULT-VISIBLE',
    level: 'must',
    area: 'review',
    stage: 'review',
    title: '审核结束后考生可查看最终审核结果',
    summary: 'The candidate\'s page shows the review result as it stands: the final approval or rejection once the last level has decided, and (Hebei) the 考点\'s approval not as the final result before the 考区 review.',
    message: '考生页面应显示当前审核结果；考区审核结束前不得显示为最终结果。',
    sources: [
      { seed: SEEDS.hubei2022, section: '三、(四)', quote: '最终审核结果可在国网查看，最终结果以打印准考证为准' },
      { seed: SEEDS.hebei2022, section: '附件2 六、查看最终审核意见', quote: '待考区全部审核结束后，考生可查看最终审核结果' },
    ],
    profiles: { base: null, overrides: { 'hubei-2022': {}, 'hebei-shijiazhuang-2022': {} } },
    note: 'Hubei 2022 (2026 inherits) and Hebei state it; the national guide and Hunan say nothing of it. Hubei makes the admission ticket the final word: it is printed months after registration, outside any system the harness drives, so only the page\'s result is checked. The state shown is compared with the state the review reached; the wording is the target\'s.',
    check: {
      subject: 'event',
      path: 'stateShown',
      applies: (e) => e.action === 'view-status' && (['site-approved', 'approved', 'rejected'] as string[]).includes(e.state),
      test: (e) => (e.stateShown === e.state ? null : { code: 'result-not-shown', detail: { state: e.state, shown: e.stateShown } }),
    },
    cases: [
      { name: 'final approval shown', base: 'view-status', expected: 'accept' },
      { name: 'final rejection shown', base: 'view-status', set: { state: 'rejected', stateShown: 'rejected', payment: 'unpaid', paidShown: false }, expected: 'accept' },
      { name: 'final approval still shown as under review', base: 'view-status', value: 'under-review', expected: 'reject' },
      { name: 'final rejection still shown as under review', base: 'view-status', set: { state: 'rejected', stateShown: 'under-review', payment: 'unpaid', paidShown: false }, expected: 'reject' },
      { name: '考点 approval shown as the final result', base: 'view-status', set: { state: 'site-approved', reviewsPassed: 1, stateShown: 'approved', payment: 'unpaid', paidShown: false }, expected: 'reject' },
      { name: '考点 approval shown as such', base: 'view-status', set: { state: 'site-approved', reviewsPassed: 1, stateShown: 'site-approved', payment: 'unpaid', paidShown: false }, expected: 'accept' },
    ],
  }),
]

export const reviewRules: AnyRule[] = [...lockRules, ...feedbackRules, ...roleRules, ...recordRules]
