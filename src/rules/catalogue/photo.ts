import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { defineRule } from '../rule.ts'

export const photoRules = [
  defineRule({
    id: 'PHOTO-SIZE',
    level: 'must',
    area: 'photo',
    stage: 'application',
    title: '证件照文件大小不超过上限',
    summary: 'The ID photo file is no larger than the profile\'s cap (40 KB nationally, 30 KB in Hubei 2026); whether the cap itself is allowed differs by source.',
    message: '照片文件超过大小上限（{maxKB}KB），请压缩后重新上传。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名 / 2. 基本情况', quote: '照片要求为jpg格式文件,不要大于 40k' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、5', quote: '照片格式只能为 jpg 格式,且大小限制在 40K 以内' },
      { seed: SEEDS.national, section: '三、现场确认 / (十)', quote: '小2寸白底证件照,文件小于40kb,格式 jpg' },
      { seed: SEEDS.hubei2026, section: '一、上传照片要求', quote: '小2寸白底证件照，文件小于30kb，格式为jpg' },
      { seed: SEEDS.hunan2025, section: '第六步 / 填写规范 1', quote: '照片:小2寸白底证件照,文件小于40kb,格式jpg' },
    ],
    profiles: {
      base: { maxKB: 40, capAllowed: true },
      overrides: {
        'hubei-2026': { maxKB: 30, capAllowed: false },
        'hunan-2025': { maxKB: 40, capAllowed: false },
      },
    },
    note: 'Seeds disagree on the cap and on whether the cap itself is allowed. Seed 002 says 不要大于 40k and 40K 以内 at the upload step (cap allowed) but 小于40kb in the on-site list; national follows the upload step (40 KB allowed). Hunan 2025 says 小于40kb (40 KB refused); Hubei 2026 says 小于30kb (30 KB refused). Hubei 2022 and Hebei 2022 state no cap and inherit national. KB = profile.kbBytes (1024).',
    check: {
      subject: 'candidate',
      path: 'photo.bytes',
      schema: (p, ctx) => {
        const limit = p.maxKB * ctx.profile.kbBytes
        return z.number().int().positive().max(p.capAllowed ? limit : limit - 1)
      },
    },
    cases: (p, ctx) => {
      const limit = p.maxKB * ctx.profile.kbBytes
      return [
        { name: 'one byte under the cap', value: limit - 1, expected: 'accept' },
        { name: 'exactly the cap', value: limit, expected: p.capAllowed ? 'accept' : 'reject' },
        { name: 'one byte over the cap', value: limit + 1, expected: 'reject' },
        { name: 'cap read as 1000-byte KB plus one', value: p.maxKB * 1000 + 1, expected: 'accept' },
        { name: 'empty file', value: 0, expected: 'reject' },
      ]
    },
  }),
]
