import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { defineRule, type Source } from '../rule.ts'

const BASIC_STEP = '二、考试报名 / 2. 基本情况'
const JPG: Source[] = [
  { seed: SEEDS.national, section: BASIC_STEP, quote: '照片要求为jpg格式文件' },
  { seed: SEEDS.national, section: '五、常见问题说明 / 二、5', quote: '注意照片格式只能为 jpg 格式' },
  { seed: SEEDS.hubei2026, section: '一、上传照片要求', quote: '文件小于30kb，格式为jpg' },
  { seed: SEEDS.hunan2025, section: '第六步 / 填写规范 1', quote: '文件小于40kb,格式jpg' },
]
const WHITE_2INCH: Source[] = [
  { seed: SEEDS.national, section: '三、现场确认 / (十)', quote: '考生近期(6个月内)小2寸白底证件照' },
  { seed: SEEDS.hubei2026, section: '一、上传照片要求', quote: '先按要求准备近期（6个月内）小2寸白底证件照' },
  { seed: SEEDS.hunan2025, section: '第六步 / 填写规范 1', quote: '1.照片:小2寸白底证件照' },
  { seed: SEEDS.hebei2022, section: '一、网上报名 / (二)', quote: '考生在网报系统上传个人小二寸白底证件照时' },
]

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
        'national-2025': { maxKB: 40, capAllowed: false },
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

  defineRule({
    id: 'PHOTO-FORMAT',
    level: 'must',
    area: 'photo',
    stage: 'application',
    title: '证件照为 jpg 格式（按文件内容）',
    summary: 'The ID photo is a JPEG by its content, whatever its name says.',
    message: '照片格式只能为 jpg，请转换为 jpg 格式后重新上传。',
    sources: JPG,
    profiles: { base: {} },
    note: 'Judged on the decoded content: a PNG renamed .jpg is refused here, a JPEG named .png by PHOTO-FILE-NAME.',
    check: { subject: 'candidate', path: 'photo.format', schema: () => z.literal('jpeg') },
    cases: [
      { name: 'JPEG', value: 'jpeg', expected: 'accept' },
      { name: 'PNG', value: 'png', expected: 'reject' },
      { name: 'GIF', value: 'gif', expected: 'reject' },
      { name: 'BMP', value: 'bmp', expected: 'reject' },
      { name: 'not an image', value: 'unknown', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'PHOTO-FILE-NAME',
    level: 'must',
    area: 'photo',
    stage: 'application',
    title: '证件照文件扩展名为 .jpg',
    summary: 'The ID photo file name ends in .jpg (or .jpeg), in any letter case.',
    message: '照片文件须为 .jpg 文件，请另存为 jpg 格式后重新上传。',
    sources: JPG,
    profiles: { base: {} },
    note: 'The seeds say "jpg 格式"; .jpeg is the same format under its other extension and is accepted, as are upper-case extensions (Windows cameras write .JPG).',
    check: { subject: 'candidate', path: 'photo.fileName', schema: () => z.string().regex(/^.+\.(jpg|jpeg)$/i) },
    cases: [
      { name: '.jpg', value: 'photo.jpg', expected: 'accept' },
      { name: '.JPG', value: 'IMG_0001.JPG', expected: 'accept' },
      { name: '.jpeg', value: 'photo.jpeg', expected: 'accept' },
      { name: '.png', value: 'photo.png', expected: 'reject' },
      { name: 'double extension', value: 'photo.jpg.png', expected: 'reject' },
      { name: 'no extension', value: 'photo', expected: 'reject' },
      { name: 'only the extension', value: '.jpg', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'PHOTO-WHITE-BACKGROUND',
    level: 'must',
    area: 'photo',
    stage: 'application',
    title: '证件照为白底',
    summary: 'The ID photo has a white background.',
    message: '照片须为白底证件照，请更换白色背景的照片。',
    sources: WHITE_2INCH,
    profiles: { base: {} },
    check: { subject: 'candidate', path: 'photo.background', schema: () => z.literal('白色') },
    cases: [
      { name: 'white', value: '白色', expected: 'accept' },
      { name: 'blue', value: '蓝色', expected: 'reject' },
      { name: 'red', value: '红色', expected: 'reject' },
      { name: 'other', value: '其他', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'PHOTO-SMALL-2-INCH',
    level: 'should',
    area: 'photo',
    stage: 'application',
    title: '证件照为小2寸比例（33×48 mm，竖版）',
    summary: 'The ID photo has the portrait proportions of a small 2-inch photo (33 × 48 mm), within 2 %.',
    message: '照片应为小2寸（33×48毫米）竖版证件照，当前尺寸 {width}×{height} 像素比例不符。',
    sources: WHITE_2INCH,
    profiles: { base: { widthMm: 33, heightMm: 48, tolerance: 0.02 } },
    note: 'The seeds say 小2寸 without a size; the profile takes the usual 33 × 48 mm and checks only the pixel proportions (the file carries no physical size). Tolerance assumed: 2 % of the height-to-width ratio, about the error of cropping to whole pixels from a scanned or resampled photo (at 390 px wide: 556-578 px high). Level should for that reason.',
    check: {
      subject: 'candidate',
      path: 'photo.height',
      test: (c, p) => {
        const { width, height } = c.photo
        const ok = width > 0 && height > 0 && Math.abs(height * p.widthMm - width * p.heightMm) <= p.tolerance * width * p.heightMm
        return ok ? null : { code: 'proportions', detail: { width, height } }
      },
    },
    cases: (p) => {
      const w = 390
      const minH = Math.ceil((w * p.heightMm * (1 - p.tolerance)) / p.widthMm)
      const maxH = Math.floor((w * p.heightMm * (1 + p.tolerance)) / p.widthMm)
      return [
        { name: 'exactly 33:48', set: { 'photo.width': 330, 'photo.height': 480 }, expected: 'accept' },
        { name: 'lowest height within tolerance', set: { 'photo.width': w, 'photo.height': minH }, expected: 'accept' },
        { name: 'one pixel lower', set: { 'photo.width': w, 'photo.height': minH - 1 }, expected: 'reject' },
        { name: 'highest height within tolerance', set: { 'photo.width': w, 'photo.height': maxH }, expected: 'accept' },
        { name: 'one pixel higher', set: { 'photo.width': w, 'photo.height': maxH + 1 }, expected: 'reject' },
        { name: 'landscape', set: { 'photo.width': 567, 'photo.height': 390 }, expected: 'reject' },
        { name: 'square (1-inch crop)', set: { 'photo.width': 390, 'photo.height': 390 }, expected: 'reject' },
        { name: 'no pixels', set: { 'photo.width': 0, 'photo.height': 0 }, expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'PHOTO-CHECK-TOOL',
    level: 'must',
    area: 'photo',
    stage: 'application',
    title: '证件照须经“医考报名照片检测工具”检测通过并保存',
    summary: 'The ID photo has passed, and been saved by, the official photo-check tool (Hubei 2026, Hebei 2022).',
    message: '报名系统不接受未经“医考报名照片检测工具”检测的照片，请下载该工具检测通过并保存后再上传。',
    sources: [
      { seed: SEEDS.hubei2026, section: '一、上传照片要求', quote: '报名上传照片前须通过“医考报名照片检测工具”' },
      { seed: SEEDS.hubei2026, section: '一、上传照片要求', quote: '报名系统不接受未经该工具检测的照片' },
      { seed: SEEDS.hebei2022, section: '一、网上报名 / (二)', quote: '网报系统只接受经该工具检测通过且保存后的照片进行上传' },
    ],
    profiles: { base: null, overrides: { 'hubei-2026': {}, 'hebei-shijiazhuang-2022': {} } },
    note: 'Hubei 2026 and Hebei 2022 require the tool; the national guide, Hubei 2022 and Hunan 2025 do not mention it, so there a photo not passed through it is accepted.',
    check: { subject: 'candidate', path: 'photo.checkedByTool', schema: () => z.literal(true) },
    cases: [
      { name: 'passed and saved by the tool', value: true, expected: 'accept' },
      { name: 'not passed through the tool', value: false, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'PHOTO-RECENT',
    level: 'manual',
    area: 'photo',
    stage: 'review',
    title: '证件照为近期（6个月内）照片',
    summary: 'The ID photo was taken within the last six months.',
    sources: [
      { seed: SEEDS.national, section: '三、现场确认 / (十)', quote: '考生近期(6个月内)小2寸白底证件照' },
      { seed: SEEDS.hubei2026, section: '一、上传照片要求', quote: '先按要求准备近期（6个月内）小2寸白底证件照' },
    ],
    profiles: { base: {} },
    manual: 'Nothing a site receives carries a trustworthy capture date: the photo-check tool re-saves the image and EXIF dates are missing or editable. Only a reviewer comparing the face with the ID photo and the candidate can judge recency; Photo.takenOn exists for the generator, not as evidence.',
  }),

  defineRule({
    id: 'PHOTO-STANDARD-ID',
    level: 'manual',
    area: 'photo',
    stage: 'review',
    title: '证件照为标准证件照（用于医师资格证书）',
    summary: 'The photo is a standard ID photo (frontal, bare head, clear face): it is printed on the licence and kept for life.',
    sources: [
      { seed: SEEDS.hunan2025, section: '第六步 / 填写步骤 1', quote: '该照片是粘贴在医师资格证书上的照片,必须是标准证件照,终身存在注册系统里面' },
      { seed: SEEDS.hunan2025, section: '二、网报注意', quote: '7.网报照片用于资格证粘贴照片' },
    ],
    profiles: { base: {} },
    manual: 'Whether a portrait is a proper ID photo (pose, expression, head covering, likeness) is a human judgement; the photo-check tool and the reviewer make it.',
  }),
]
