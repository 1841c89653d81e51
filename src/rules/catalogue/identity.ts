import { SEEDS } from '../seeds.ts'
import { defineRule } from '../rule.ts'
import { checkChar } from '../checks/residentId.ts'
import { candidateExample } from '../examples.ts'

const FORM_TABLE = '附: 网上报名表填写说明'
const isResidentId = (c: { idType: string }) => c.idType === '居民身份证'

export const identityRules = [
  defineRule({
    id: 'ID-CHECK-DIGIT',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '居民身份证号码校验码正确（GB 11643）',
    summary: 'An 18-digit resident ID ends in the ISO 7064 MOD 11-2 check character of its first 17 digits (GB 11643).',
    message: '身份证号码校验位不正确，请核对后重新输入；如确认无误，请到发证公安机关确认。',
    sources: [
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、10', quote: '在网上报名系统中对身份证号采用了由公安部提供的身份证号校验规则' },
    ],
    profiles: { base: {} },
    note: 'Only checked when the number already has the 18-character shape (ID-RESIDENT-LENGTH refuses other shapes), so one bad value breaks one rule.',
    check: {
      subject: 'candidate',
      path: 'idNumber',
      applies: (c) => isResidentId(c) && /^\d{17}[\dX]$/.test(c.idNumber),
      test: (c) => checkChar(c.idNumber.slice(0, 17)) === c.idNumber[17] ? null
        : { code: 'check-digit', detail: { expected: checkChar(c.idNumber.slice(0, 17)) } },
    },
    cases: (_p, ctx) => {
      const first17 = candidateExample(undefined, ctx).idNumber.slice(0, 17)
      const right = checkChar(first17)
      const wrong = '10X98765432'.split('').filter((ch) => ch !== right)
      return [
        { name: 'correct check character', value: first17 + right, expected: 'accept' },
        ...wrong.map((ch) => ({ name: `check character ${ch} instead of ${right}`, value: first17 + ch, expected: 'reject' as const })),
      ]
    },
  }),
]
