import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { defineRule } from '../rule.ts'

const FORM_TABLE = '附: 网上报名表填写说明'

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
      { seed: SEEDS.national, section: '一、完善个人信息 / 2. 安全设置', quote: '5-12位,由字母、数字组成,区分大小写' },
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
]
