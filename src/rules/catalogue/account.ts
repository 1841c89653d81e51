import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { defineRule } from '../rule.ts'
import { isHalfWidth, toFullWidth } from '../checks/halfWidth.ts'
import { halfWidthRule } from '../checks/halfWidthRule.ts'

const FORM_TABLE = '附: 网上报名表填写说明'
const SECURITY = '一、完善个人信息 / 2. 安全设置'

export const accountRules = [
  defineRule({
    id: 'ACCOUNT-PASSWORD-FORMAT',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '登录密码由字母及数字组成，长度5到12位',
    summary: 'The password consists of letters and digits only and is 5 to 12 characters long.',
    message: '登录密码须为5到12位，只能包含字母和数字（区分大小写），请重新输入。',
    sources: [
      { seed: SEEDS.national, section: `${FORM_TABLE} / 登录密码`, quote: '密码由字母及数字组成,区分字 母大小写。密码长度为 5 到 12 位。' },
      { seed: SEEDS.national, section: SECURITY, quote: '5-12位,由字母、数字组成,区分大小写' },
    ],
    profiles: { base: { min: 5, max: 12 } },
    note: 'Read as "only letters and digits, at least one of neither required": the seed lists what a password consists of, not that both kinds must appear.',
    check: {
      subject: 'candidate',
      path: 'password',
      schema: (p) => z.string().min(p.min).max(p.max).regex(/^[A-Za-z0-9]+$/),
    },
    cases: (p) => [
      { name: 'minimum length', value: 'Ab123'.slice(0, p.min), expected: 'accept' },
      { name: 'one below minimum', value: 'Ab12', expected: 'reject' },
      { name: 'maximum length', value: 'Abcdef123456'.slice(0, p.max), expected: 'accept' },
      { name: 'one above maximum', value: 'Abcdef1234567', expected: 'reject' },
      { name: 'letters only', value: 'abcdefg', expected: 'accept' },
      { name: 'punctuation', value: 'abc_1234', expected: 'reject' },
      { name: 'space', value: 'abc 1234', expected: 'reject' },
      { name: 'full-width digits', value: 'abc１２３４', expected: 'reject' },
      { name: 'Chinese characters', value: '密码abc123', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ACCOUNT-USERNAME-REQUIRED',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '注册须填写用户名',
    summary: 'Registration sets a user name.',
    message: '请填写用户名（注册成功后用户名将不能被更改，请选择容易记忆的用户名）。',
    sources: [{ seed: SEEDS.national, section: '一、网上报名 / 步骤 2', quote: '请选择容易记忆的用户名并牢 记该用户名和密码' }],
    profiles: { base: {} },
    check: { subject: 'candidate', path: 'username', schema: () => z.string().min(1) },
    cases: [
      { name: 'entered', expected: 'accept' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  halfWidthRule({
    id: 'ACCOUNT-HALF-WIDTH',
    area: 'account',
    stage: 'register',
    title: '用户名、密码找回问题及答案须为半角',
    fields: [
      { path: 'username', label: '用户名', fullWidth: toFullWidth('zhangwei01') },
      { path: 'recoveryQuestion', label: '密码找回问题', fullWidth: `能被${toFullWidth('2')}整除的最小自然数` },
      { path: 'recoveryAnswer', label: '密码找回答案', fullWidth: toFullWidth('abcd') },
    ],
  }),

  defineRule({
    id: 'ACCOUNT-RECOVERY-QUESTION-REQUIRED',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '须设置密码找回问题',
    summary: 'The candidate sets a password-recovery question.',
    message: '请设置密码找回问题，防止账号丢失。',
    sources: [
      { seed: SEEDS.national, section: `${FORM_TABLE} / 密码找回提示`, quote: '由考生自行设置密码找回问题' },
      { seed: SEEDS.hunan2025, section: '第二步 / 账号说明 2', quote: '个人账号请务必设置密保问题,防止丢失' },
    ],
    profiles: { base: {} },
    note: 'Required in every profile: seed 002 marks 密码问题 with * in the security settings and Hunan 2025 insists on it.',
    check: { subject: 'candidate', path: 'recoveryQuestion', schema: () => z.string().min(1) },
    cases: [
      { name: 'set', expected: 'accept' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule<{ min: number; max: number }>({
    id: 'ACCOUNT-RECOVERY-ANSWER-LENGTH',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '密码找回答案为4到30个字符',
    summary: 'The password-recovery answer is 4 to 30 characters long.',
    message: '密码找回答案应为{min}到{max}个字符。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 密码找回答案`, quote: '密码查询问题答案应为 4 到 30 个 字符' }],
    profiles: { base: { min: 4, max: 30 } },
    note: 'Counted in characters (a Chinese character is one), not bytes. Judged on half-width text (full-width forms are ACCOUNT-HALF-WIDTH\'s).',
    check: {
      subject: 'candidate',
      path: 'recoveryAnswer',
      applies: (c) => isHalfWidth(c.recoveryAnswer),
      test: (c, p) => {
        const n = [...c.recoveryAnswer].length
        return n >= p.min && n <= p.max ? null : { code: 'length', detail: { length: n } }
      },
    },
    cases: (p) => [
      { name: `${p.min} Chinese characters`, value: '阳光小学'.padEnd(p.min, '学').slice(0, p.min), expected: 'accept' },
      { name: `${p.min} letters`, value: 'abcd'.padEnd(p.min, 'x').slice(0, p.min), expected: 'accept' },
      { name: `${p.min - 1} characters`, value: '阳光小学'.slice(0, p.min - 1), expected: 'reject' },
      { name: `${p.max} characters`, value: 'a'.repeat(p.max), expected: 'accept' },
      { name: `${p.max + 1} characters`, value: 'a'.repeat(p.max + 1), expected: 'reject' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ACCOUNT-USERNAME-FIXED',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '注册成功后用户名不能更改',
    summary: 'Once registered, the user name cannot be changed.',
    message: '用户名注册后不能更改。',
    sources: [{ seed: SEEDS.national, section: '一、网上报名 / 步骤 2', quote: '注册成功后,用户名将不能被更改' }],
    profiles: { base: {} },
    check: {
      subject: 'account',
      test: (a) => a.action === 'change-username' && { code: 'username-fixed' },
    },
    cases: [
      { name: 'log in with the registered user name', base: 'login', expected: 'accept' },
      { name: 'change the user name', base: 'change-username', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ACCOUNT-ONE-PER-IDENTITY',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '同一姓名和身份证件只能注册一个账号',
    summary: 'A name and identity document already registered cannot register again; the platform names the existing user name.',
    message: '已经以用户名 {username} 在网站上完成了注册,请勿重复注册用户信息。(若用户名 {username} 非您本人注册,请您在资格审核期间,携本人身份证明和相关报名材料到资格审核现场处理。',
    sources: [
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、15', quote: '已经以用户名 XXXX 在网站上完成了注册,请勿重复 注册用户信息。(若用户名 XXXX 非您本人注册,请您在资格审核期间,携本人身份证明和相关报名材料到资格审核现场处理。' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、15', quote: '您的姓名和身份证件已在国家医学考试中心注册过' },
      { seed: SEEDS.hubei2022, section: '一、网上报名程序 / (二)', quote: '历史考生无需再次注册' },
    ],
    profiles: { base: {} },
    note: 'The message is the platform\'s own text (seed 002 FAQ 二.15), XXXX being the existing user name; the seed\'s unclosed parenthesis is kept. One reading, not two: XXXX is the seed\'s placeholder for the user name (as 004 writes XX省, XX市), the prompt says 已经以用户名 XXXX 在网站上完成了注册 and asks the candidate to judge 若用户名 XXXX 非您本人注册, and no seed shows it shortened or masked. A target must name the existing user name in full; one that masks it (d***1), however good its reason (OWASP ASVS 5.0 V6.3.8), deviates from the seed.',
    check: {
      subject: 'account',
      applies: (a) => a.action === 'register',
      test: (a) => a.identityRegistered && { code: 'identity-registered' },
    },
    cases: [
      { name: 'first registration of this identity', base: 'register', expected: 'accept' },
      { name: 'second registration of the same name and document', base: 'register', set: { identityRegistered: true }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ACCOUNT-PASSWORD-RECOVERY',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '凭姓名、证件编号及密码查询问题答案找回密码',
    summary: 'A forgotten password is recovered with the name, the document number and the recovery answer together; failing that, the review site helps.',
    message: '姓名、证件编号或密码找回答案不正确，无法找回密码。如仍无法找回，请在现场资格审核期间由考点工作人员协助解决。',
    sources: [
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、1', quote: '凭个人姓名、证件编号及密码查询问题答案,在国家医学考试 服务平台"考生登录"下方通过"找回密码"进行密码找回操作' },
      { seed: SEEDS.hunan2025, section: '第二步 / 登录方式2', quote: '如果用户名和密码忘记,请点击“忘记密码”进行找回' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'account',
      applies: (a) => a.action === 'recover-password',
      test: (a) => !(a.nameMatches && a.idNumberMatches && a.answerMatches) && { code: 'recovery-mismatch' },
    },
    cases: [
      { name: 'name, number and answer all match', base: 'recover-password', expected: 'accept' },
      { name: 'wrong answer', base: 'recover-password', set: { answerMatches: false }, expected: 'reject' },
      { name: 'wrong name', base: 'recover-password', set: { nameMatches: false }, expected: 'reject' },
      { name: 'wrong document number', base: 'recover-password', set: { idNumberMatches: false }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ACCOUNT-PASSWORD-RESET-OFFLINE',
    level: 'manual',
    area: 'account',
    stage: 'register',
    title: '密码及找回答案均遗忘时由考试管理机构重置',
    summary: 'A candidate who forgot both the password and the recovery answer has it reset by the local exam authority on showing the registration identity document.',
    sources: [{ seed: SEEDS.national, section: SECURITY, quote: '当同时忘记密码及找回答案时,考生需要向 当地考试管理机构提供注册时的身份证明材料并提请予以密码重置' }],
    profiles: { base: {} },
    manual: 'An offline step at the exam authority: a person checks the identity document.',
  }),

  defineRule({
    id: 'ACCOUNT-CHANGE-PASSWORD-CURRENT',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '修改密码须输入当前密码',
    summary: 'Changing the password requires the current password.',
    message: '当前密码不正确，请重新输入。',
    sources: [{ seed: SEEDS.national, section: SECURITY, quote: '修改密码 当前密码*' }],
    profiles: { base: {} },
    check: {
      subject: 'account',
      applies: (a) => a.action === 'change-password',
      test: (a) => !a.currentPasswordCorrect && { code: 'current-password-wrong' },
    },
    cases: [
      { name: 'current password right', base: 'change-password', expected: 'accept' },
      { name: 'current password wrong', base: 'change-password', set: { currentPasswordCorrect: false }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ACCOUNT-CHANGE-PASSWORD-CONFIRM',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '修改密码须两次输入一致的新密码',
    summary: 'A new password is typed twice (新密码, 密码确认) and both must match; it follows the 5-12 letters-and-digits format.',
    message: '两次输入的新密码不一致，请重新输入。',
    sources: [{ seed: SEEDS.national, section: SECURITY, quote: '新密码* 5-12位,由字母、数字组成,区分大小写 密码确认*' }],
    profiles: { base: {} },
    check: {
      subject: 'account',
      applies: (a) => a.action === 'change-password',
      test: (a) => a.newPassword !== a.confirmPassword && { code: 'confirmation-differs' },
    },
    cases: [
      { name: 'both entries equal', base: 'change-password', expected: 'accept' },
      { name: 'confirmation differs', base: 'change-password', set: { confirmPassword: 'Xyz67891' }, expected: 'reject' },
      { name: 'confirmation differs only in case', base: 'change-password', set: { confirmPassword: 'xyz67890' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ACCOUNT-PASSWORD-CASE-SENSITIVE',
    level: 'must',
    area: 'account',
    stage: 'register',
    title: '登录密码区分大小写',
    summary: 'Passwords are case sensitive: a password typed with other capitals does not log in.',
    message: '用户名或密码错误（密码区分大小写）。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 登录密码`, quote: '区分字 母大小写' }],
    profiles: { base: {} },
    check: {
      subject: 'account',
      applies: (a) => a.action === 'login',
      test: (a) => a.typedPassword !== a.storedPassword && { code: 'password-wrong' },
    },
    cases: [
      { name: 'password typed exactly', base: 'login', expected: 'accept' },
      { name: 'password typed in lower case', base: 'login', set: { typedPassword: 'abc12345' }, expected: 'reject' },
      { name: 'password typed in upper case', base: 'login', set: { typedPassword: 'ABC12345' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ACCOUNT-WECHAT-ONE-ACCOUNT',
    level: 'manual',
    area: 'account',
    stage: 'register',
    title: '一个微信号只能绑定一个账号',
    summary: 'Hunan 2025: a WeChat account binds to one candidate account only; the user name and password login stays available.',
    sources: [{ seed: SEEDS.hunan2025, section: '第二步 / 登录方式1', quote: '一个微信号只能绑定一个账号' }],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Only seed 004 (Hunan 2025) describes WeChat login; the other seeds predate it.',
    manual: 'WeChat binding goes through WeChat\'s own authorisation, which cannot be reproduced offline; a person checks it on the live platform.',
  }),
]
