import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { defineRule, type AnyRule, type Case } from '../rule.ts'
import { SKILLS_FEE, type LifecycleEvent, type ReviewState } from '../lifecycle.ts'

const paying = (e: LifecycleEvent) => e.action === 'pay'
const HUBEI_HEBEI = { base: null, overrides: { 'hubei-2022': {}, 'hebei-shijiazhuang-2022': {} } }
const HUBEI_ONLY = { base: null, overrides: { 'hubei-2022': {} } }

const timingRules = [
  defineRule<{ payableStates: ReviewState[] }, 'event'>({
    id: 'PAY-OPENS',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '缴费按钮在本考区规定的环节出现',
    summary: 'Payment opens at the profile\'s point: in Hebei after the final review, in Hubei right after the national and provincial registration; nationally either (seed 002 says both).',
    message: '当前尚未开放缴费（或已不能缴费），请按考区通知的时间缴费。',
    sources: [
      { seed: SEEDS.national, section: '二、现场确认', quote: '在考点打印的《医师资格考试报名暨授予医师资格申请表》上签字确认后,办理交费手续' },
      { seed: SEEDS.national, section: '四、网上缴费', quote: '考生可在完成 报名信息填报之后,在已报考栏目中出现"缴费"按钮' },
      { seed: SEEDS.hubei2022, section: '二、(六) 网上缴费', quote: '考生完成国网和省网报名后，点“立即缴费 ”按钮按提示完成实践技能考试费用缴纳' },
      { seed: SEEDS.hebei2022, section: '四、(二)', quote: '考区复审通过后即出现“缴费”字样' },
    ],
    profiles: {
      base: { payableStates: ['approved'] },
      readings: {
        national: [
          { id: '002-二', summary: 'paying opens after on-site confirmation (现场确认 approved)', source: { seed: SEEDS.national, section: '二、现场确认', quote: '考生在考点打印的《医师资格考 试报名暨授予医师资格申请表》上签字确认后,办理交费手续(如所报考的考区 开通了网上缴费功能,可在规定的缴费时间段内进行网上缴费)' }, params: { payableStates: ['approved'] } },
          { id: '002-四', summary: 'the pay button appears once the application is submitted (完成报名信息填报之后)', source: { seed: SEEDS.national, section: '四、网上缴费', quote: '考生可在完成 报名信息填报之后,在已报考栏目中出现"缴费"按钮' }, params: { payableStates: ['submitted', 'under-review', 'returned', 'site-approved', 'approved'] } },
        ],
      },
      overrides: {
        'hubei-2022': { payableStates: ['submitted', 'under-review', 'returned', 'site-approved', 'approved'] },
        'hebei-shijiazhuang-2022': { payableStates: ['approved'] },
      },
    },
    note: 'The seeds order payment differently. National (002) says it twice: section 二 pays after on-site confirmation (签字确认后,办理交费手续), section 四 shows the 缴费 button once the application is filled in (完成报名信息填报之后); national (and national-2025, hunan-2025, which inherit it: seed 004 says only 报名成功最终以网上缴费为准) accepts both readings and the report says which the target follows (the reference site follows 二). Hubei 2022 (000; 2026 inherits): right after the national and provincial registration, before the review (2月14日起) — payable from submission until the file is decided. Hebei (003): only after the 考区 复审 (state approved, two reviews passed). Hunan (004) says only that payment completes registration and inherits national. Rejected, abandoned and withdrawn files never pay.',
    check: {
      subject: 'event', path: 'state', applies: paying,
      test: (e, p) => (p.payableStates.includes(e.state) ? null : { code: 'not-payable-now', detail: { state: e.state } }),
    },
    cases: (p) => {
      const out: Case[] = [
        { name: 'after final approval', base: 'pay', value: 'approved', expected: p.payableStates.includes('approved') ? 'accept' : 'reject' },
        { name: 'draft application', base: 'pay', value: 'draft', set: { reviewsPassed: 0 }, expected: 'reject' },
        { name: 'rejected file', base: 'pay', value: 'rejected', expected: 'reject' },
        { name: 'abandoned application', base: 'pay', value: 'abandoned', set: { reviewsPassed: 0 }, expected: 'reject' },
        { name: 'right after registration, before review', base: 'pay', value: 'submitted', set: { reviewsPassed: 0 }, expected: p.payableStates.includes('submitted') ? 'accept' : 'reject' },
        { name: 'after 考点 approval only', base: 'pay', value: 'site-approved', set: { reviewsPassed: 1 }, expected: p.payableStates.includes('site-approved') ? 'accept' : 'reject' },
      ]
      return out
    },
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-DEADLINE',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '须在规定的缴费时间内缴费',
    summary: 'Payment after the payment deadline given to the candidate is refused (the deadline itself is inside).',
    message: '已超过规定的缴费时间，未按时缴费视为放弃报名。',
    sources: [
      { seed: SEEDS.national, section: '二、现场确认', quote: '可在规定的缴费时间段内进行网上缴费' },
      { seed: SEEDS.hebei2022, section: '四、(二)', quote: '请考生在规定时间内进行缴费' },
      { seed: SEEDS.hubei2022, section: '二、(六) 网上缴费', quote: '未按时完成实践技能考试、综合笔试费用上缴的考生视为放弃考试' },
    ],
    profiles: { base: {} },
    note: 'No seed dates the payment deadline ("规定时间", "另行通知"): it is the deadline the area announces, carried by the event (dueBy), not a profile date.',
    check: { subject: 'event', path: 'at', applies: (e) => paying(e) && e.dueBy !== '', test: (e) => (Date.parse(e.at) <= Date.parse(e.dueBy) ? null : { code: 'past-deadline' }) },
    cases: (_p, ctx) => {
      const due = `${ctx.refDate}T17:00:00+08:00`
      return [
        { name: 'before the deadline', base: 'pay', value: `${ctx.refDate}T10:00:00+08:00`, set: { dueBy: due }, expected: 'accept' },
        { name: 'at the deadline', base: 'pay', value: due, set: { dueBy: due }, expected: 'accept' },
        { name: 'a minute late', base: 'pay', value: `${ctx.refDate}T17:01:00+08:00`, set: { dueBy: due }, expected: 'reject' },
        { name: 'same instant written in UTC, a minute late', base: 'pay', value: `${ctx.refDate}T09:01:00Z`, set: { dueBy: due }, expected: 'reject' },
      ]
    },
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-UNPAID-WITHDRAWN',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '逾期未缴费视为放弃报名',
    summary: 'An application still unpaid when the payment deadline has passed is treated as withdrawn; a paid one, or one before the deadline, is not.',
    message: '该考生已缴费或缴费期限未到，不能按放弃报名处理。',
    sources: [
      { seed: SEEDS.hebei2022, section: '四、(二)', quote: '对于未成功完成网上缴费的考生，即视为放弃报名' },
      { seed: SEEDS.hubei2022, section: '一、网上报名程序', quote: '逾期不予补报，未上传相关证件及证明材料、未缴费均视为无效报名' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 一、1', quote: '考生须完成网上报名、现场资格审核并按规定缴纳考试费后方完成报名的全部内容' },
      { seed: SEEDS.hunan2025, section: '二、网报注意 14', quote: '报名成功最终以网上缴费为准' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'event', path: 'payment',
      applies: (e) => e.action === 'withdraw' && e.withdrawReason === 'unpaid',
      test: (e) => {
        if (e.payment !== 'unpaid') return { code: 'paid' }
        return e.dueBy !== '' && Date.parse(e.at) > Date.parse(e.dueBy) ? null : { code: 'deadline-not-passed' }
      },
    },
    cases: (_p, ctx) => [
      { name: 'unpaid after the deadline', base: 'withdraw', value: 'unpaid', expected: 'accept' },
      { name: 'paid', base: 'withdraw', value: 'paid', expected: 'reject' },
      { name: 'unpaid, deadline not passed', base: 'withdraw', value: 'unpaid', set: { dueBy: `${ctx.refDate}T17:00:00+08:00` }, expected: 'reject' },
      { name: 'unpaid, at the deadline', base: 'withdraw', value: 'unpaid', set: { dueBy: `${ctx.refDate}T10:00:00+08:00` }, expected: 'reject' },
    ],
  }),
]

const amountRules = [
  defineRule<{ yuan: number }, 'event'>({
    id: 'PAY-FEE-AMOUNT',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '实践技能考试费按考区收费标准收取',
    summary: 'The skills-exam fee charged equals the area\'s published fee (Hebei: 289 yuan per candidate).',
    message: '缴费金额应为{yuan}元/人次。',
    sources: [{ seed: SEEDS.hebei2022, section: '四、(一)', quote: '医师资格考试实践技能考试收费标准289元/人次' }],
    profiles: { base: null, overrides: { 'hebei-shijiazhuang-2022': { yuan: SKILLS_FEE['hebei-shijiazhuang-2022']! } } },
    note: 'Only Hebei states a fee (289 yuan, 冀发改服务价格[2020]61号). The national guide\'s ¥50.00 and ¥20.00 are 2014 screenshots of test exams (仅供测试) and not a fee, so national has no amount; Hubei 2022/2026 and Hunan state none either. Those profiles do not check the amount.',
    check: {
      subject: 'event', path: 'amount',
      applies: (e) => paying(e) && e.feeKind === 'skills' && !e.skillsExempt,
      schema: (p) => z.literal(p.yuan),
    },
    cases: (p) => [
      { name: 'the published fee', base: 'pay', value: p.yuan, expected: 'accept' },
      { name: 'one yuan less', base: 'pay', value: p.yuan - 1, expected: 'reject' },
      { name: 'one yuan more', base: 'pay', value: p.yuan + 1, expected: 'reject' },
      { name: 'the 2014 test value ¥50.00', base: 'pay', value: 50, expected: 'reject' },
      { name: 'nothing', base: 'pay', value: 0, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-EXEMPT-NO-SKILLS-FEE',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '技能免考考生无需缴纳实践技能考试费',
    summary: 'A skills-exempt candidate is not charged the skills-exam fee.',
    message: '技能免考考生无需缴纳实践技能考试费。',
    sources: [
      { seed: SEEDS.hubei2022, section: '二、(六) 网上缴费', quote: '技能免考考生无需缴纳技能考试费' },
      { seed: SEEDS.hebei2022, section: '四、(二)', quote: '技能免考的考生不需缴纳实践技能考试费' },
    ],
    profiles: HUBEI_HEBEI,
    note: 'Stated by Hubei 2022 (2026 inherits) and Hebei; national and Hunan say nothing of exempt candidates\' fees.',
    check: { subject: 'event', path: 'skillsExempt', applies: (e) => paying(e) && e.feeKind === 'skills', schema: () => z.literal(false) },
    cases: [
      { name: 'candidate sitting the skills exam pays', base: 'pay', value: false, expected: 'accept' },
      { name: 'exempt candidate charged the skills fee', base: 'pay', value: true, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-NO-DOUBLE-PAY',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '已缴费的不能重复缴费',
    summary: 'A candidate shown as paid (已缴费) cannot start another payment for the same fee.',
    message: '您已缴费，无需重复缴费。',
    sources: [{ seed: SEEDS.hebei2022, section: '四、(二)', quote: '考生最终缴费成功的标志，以国家医学考试中心官网考生服务端中的“已缴费”为准' }],
    profiles: { base: {} },
    check: { subject: 'event', path: 'payment', applies: paying, test: (e) => (e.payment === 'paid' ? { code: 'already-paid' } : null) },
    cases: [
      { name: 'unpaid', base: 'pay', value: 'unpaid', expected: 'accept' },
      { name: 'already paid', base: 'pay', value: 'paid', expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-CALLBACK-ONCE',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '支付回调重复到达只记一次缴费',
    summary: 'A repeated gateway callback for an order already recorded as paid records nothing new: one payment per order.',
    message: '该订单已记录缴费，重复回调不再入账。',
    sources: [
      { seed: SEEDS.hebei2022, section: '四、(三) 4', quote: '请考生务必牢记订单号' },
      { seed: SEEDS.national, section: '四、网上缴费', quote: '由于银行接口通讯存在延时的情况' },
    ],
    profiles: { base: {} },
    note: 'The seeds describe payment by order (订单号) through 易宝 with delayed bank notifications; that the gateway may repeat its asynchronous callback, and that the order is recorded once, is the assumption DOMAIN.md makes of the gateway.',
    check: { subject: 'event', path: 'orderAlreadyPaid', applies: (e) => e.action === 'payment-callback', schema: () => z.literal(false) },
    cases: [
      { name: 'first callback', base: 'callback', value: false, expected: 'accept' },
      { name: 'repeated callback', base: 'callback', value: true, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-PAID-AFTER-CONFIRMATION',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '只有支付确认后才显示“已缴费”',
    summary: 'The status 已缴费 appears only once the payment is confirmed; showing it a few minutes late is allowed.',
    message: '支付尚未确认，不能显示“已缴费”。',
    sources: [
      { seed: SEEDS.national, section: '四、网上缴费', quote: '若当时未能显示"已缴费",请注意等待几分钟之后刷新页面再进行观察' },
      { seed: SEEDS.hebei2022, section: '四、(二)', quote: '考生最终缴费成功的标志，以国家医学考试中心官网考生服务端中的“已缴费”为准' },
    ],
    profiles: { base: {} },
    check: { subject: 'event', path: 'paidShown', applies: (e) => e.action === 'view-status', test: (e) => (e.paidShown && e.payment !== 'paid' ? { code: 'paid-shown-early' } : null) },
    cases: [
      { name: 'confirmed and shown', base: 'view-status', value: true, expected: 'accept' },
      { name: 'confirmed, not yet shown (bank delay)', base: 'view-status', value: false, expected: 'accept' },
      { name: 'unpaid but shown as paid', base: 'view-status', value: true, set: { payment: 'unpaid' }, expected: 'reject' },
    ],
  }),
]

const refundRules = [
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-REFUND-ORIGINAL-CHANNEL',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '审核未通过考生的费用原渠道退回',
    summary: 'The fee of a rejected candidate is refunded through the channel it was paid with.',
    message: '退费须按原支付渠道退回。',
    sources: [{ seed: SEEDS.hubei2022, section: '五、(二) 费用退回', quote: '所有审核未通过考生的费用将原渠道退回' }],
    profiles: HUBEI_ONLY,
    note: 'Hubei 2022 (2026 inherits); the national guide defers refunds to each area (关于退费的处理请关注相关考区…公告), Hebei states no refund channel.',
    check: { subject: 'event', path: 'sameChannel', applies: (e) => e.action === 'refund', schema: () => z.literal(true) },
    cases: [
      { name: 'original channel', base: 'refund', value: true, expected: 'accept' },
      { name: 'another channel', base: 'refund', value: false, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-REFUND-ONLY-REJECTED',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '只退审核未通过考生的费用；缴费后个人原因不参加考试不予退费',
    summary: 'Refunds go to candidates whose file was rejected; an approved candidate who does not sit the exam gets none.',
    message: '因个人原因缴费后不参加考试的考生一律不予退费。',
    sources: [
      { seed: SEEDS.hubei2022, section: '五、(二) 费用退回', quote: '所有审核未通过考生的费用将原渠道退回' },
      { seed: SEEDS.hebei2022, section: '四、(二)', quote: '对于因个人原因缴费后不参加考试的考生一律不予退费' },
    ],
    profiles: HUBEI_HEBEI,
    note: 'Hubei refunds rejected candidates; Hebei refuses refunds to those who paid and do not sit. National and Hunan leave refunds to the area.',
    check: { subject: 'event', path: 'state', applies: (e) => e.action === 'refund', test: (e) => (e.state === 'rejected' ? null : { code: 'not-rejected' }) },
    cases: [
      { name: 'rejected candidate', base: 'refund', value: 'rejected', expected: 'accept' },
      { name: 'approved candidate who does not sit', base: 'refund', value: 'approved', expected: 'reject' },
      { name: 'file still under review', base: 'refund', value: 'under-review', expected: 'reject' },
    ],
  }),
]

const writtenRules = [
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-WRITTEN-AFTER-SKILLS-RESULTS',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '技能考试成绩发布后开放综合笔试缴费',
    summary: 'The written-exam fee can be paid only after the skills-exam results are published.',
    message: '综合笔试缴费将在技能考试成绩发布后开放。',
    sources: [{ seed: SEEDS.hubei2022, section: '二、(六) 网上缴费', quote: '技能考试成绩发布后，将开放综合笔试缴费' }],
    profiles: HUBEI_ONLY,
    note: 'Only Hubei 2022 (2026 inherits) collects the written-exam fee separately; elsewhere one fee is paid.',
    check: { subject: 'event', path: 'skillsResult', applies: (e) => paying(e) && e.feeKind === 'written' && !e.skillsExempt, test: (e) => (e.skillsResult === 'pending' ? { code: 'results-not-out' } : null) },
    cases: [
      { name: 'after results', base: 'pay', value: 'passed', set: { feeKind: 'written' }, expected: 'accept' },
      { name: 'before results', base: 'pay', value: 'pending', set: { feeKind: 'written' }, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'PAY-WRITTEN-ONLY-PASSED',
    level: 'must',
    area: 'payment',
    stage: 'payment',
    title: '技能考试成绩合格考生缴纳综合笔试费',
    summary: 'Only candidates who passed the skills exam pay the written-exam fee.',
    message: '实践技能考试成绩不合格，不能缴纳综合笔试费用。',
    sources: [{ seed: SEEDS.hubei2022, section: '二、(六) 网上缴费', quote: '成绩合格考生需按时完成综合笔试费用上缴' }],
    profiles: HUBEI_ONLY,
    note: 'Hubei 2022 (2026 inherits). Skills-exempt candidates have no skills result and are not checked.',
    check: { subject: 'event', path: 'skillsResult', applies: (e) => paying(e) && e.feeKind === 'written' && !e.skillsExempt, test: (e) => (e.skillsResult === 'failed' ? { code: 'skills-failed' } : null) },
    cases: [
      { name: 'passed', base: 'pay', value: 'passed', set: { feeKind: 'written' }, expected: 'accept' },
      { name: 'failed', base: 'pay', value: 'failed', set: { feeKind: 'written' }, expected: 'reject' },
    ],
  }),
]

export const paymentRules: AnyRule[] = [...timingRules, ...amountRules, ...refundRules, ...writtenRules]
