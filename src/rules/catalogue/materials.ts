import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { defineRule, type AnyRule, type Case, type ProfileSpec, type Source } from '../rule.ts'
import type { ProfileId } from '../profiles.ts'
import { candidateExample } from '../examples.ts'
import { withPath } from '../path.ts'
import type { Candidate } from '../candidate.ts'
import type { LifecycleEvent } from '../lifecycle.ts'
import {
  MATERIAL_FORMATS, MATERIAL_IDS, MATERIAL_TITLES, SITUATIONS, SITUATION_WITNESSES, completeUploads, materialEntry,
  materialsFor, portalMaterials, type MaterialId, type Situation,
} from '../materials.ts'

/** Profiles with a provincial materials portal (省网): Hubei (seeds 000, 001) and Hebei (003). */
export const PORTAL_PROFILES = ['hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022'] as const satisfies readonly ProfileId[]

/** Written beside every portal-only rule: why national and Hunan do not have it. */
export const PORTAL_NOTE = 'Only the Hubei (seeds 000, 001) and Hebei (003) notices describe a provincial materials portal; the national guide (002) and Hunan (004) hand paper materials in at on-site confirmation, so the rule does not apply there. Hubei 2022 (seed 000) does not describe the portal\'s dialog, counts or lock: the profile assumes the same portal seed 001 shows (its screenshots are dated 2020, before 2022).'

/** Params for the portal profiles only (hubei-2026 inherits hubei-2022 unless given). */
export function portalOnly<P>(hubei: P, hebei: P = hubei, hubei2026?: P): ProfileSpec<P> {
  return { base: null, overrides: { 'hubei-2022': hubei, ...(hubei2026 ? { 'hubei-2026': hubei2026 } : {}), 'hebei-shijiazhuang-2022': hebei } }
}

const DIALOG_26 = '三、(一) 2 上传附件对话框'
const TEXT_26 = '三、(一) 2 上传的图片要求'
const HB_GUIDE = '附件2 二 (二) 上传的图片要求'
const ALLOWED = MATERIAL_FORMATS as readonly string[]
const isCandidateChange = (e: LifecycleEvent) => e.actor === 'candidate'

const uploadRules = [
  defineRule<Record<string, never>, 'upload'>({
    id: 'MATERIAL-IMAGE-NOT-EMPTY',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '材料图片文件不能为空',
    summary: 'A material image file of zero bytes is refused.',
    message: '所选文件为空（0字节），请选择材料照片后重新上传。',
    sources: [{ seed: SEEDS.hubei2026, section: TEXT_26, quote: '材料照片需保证信息真实、准确、完整、有效。' }],
    profiles: portalOnly({}),
    note: PORTAL_NOTE,
    check: { subject: 'upload', path: 'bytes', test: (u) => (u.bytes > 0 ? null : { code: 'empty-file' }) },
    cases: [
      { name: 'a 1 KB JPEG', value: 1024, expected: 'accept' },
      { name: 'zero bytes', value: 0, set: { format: 'empty', decodes: false }, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'upload'>({
    id: 'MATERIAL-IMAGE-FORMAT',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '材料图片格式为jpg/jpeg/png（按文件内容判断）',
    summary: 'A material image is a JPEG or PNG as decided from its content, not from its file name or declared type.',
    message: '文件格式不符合要求：文件应使用jpg/jpeg/png格式，请转换后重新上传。',
    sources: [
      { seed: SEEDS.hubei2026, section: DIALOG_26, quote: '文件应使用jpg/jpeg/png格式' },
      { seed: SEEDS.hebei2022, section: HB_GUIDE, quote: '文件应使用jpg/jpeg/png格式' },
    ],
    profiles: portalOnly({}),
    note: `${PORTAL_NOTE} The format is decided from the bytes: a PNG named .jpg is a PNG and allowed; a text file named .jpg is refused.`,
    check: { subject: 'upload', path: 'format', applies: (u) => u.bytes > 0, schema: () => z.enum(MATERIAL_FORMATS) },
    cases: [
      { name: 'JPEG', value: 'jpeg', expected: 'accept' },
      { name: 'PNG named .jpg', value: 'png', set: { fileName: '毕业证书.jpg', declaredType: 'image/jpeg' }, expected: 'accept' },
      { name: 'JPEG named .png', value: 'jpeg', set: { fileName: '毕业证书.png', declaredType: 'image/png' }, expected: 'accept' },
      { name: 'text file named .jpg', value: 'text', set: { decodes: false }, expected: 'reject' },
      { name: 'GIF', value: 'gif', expected: 'reject' },
      { name: 'BMP', value: 'bmp', expected: 'reject' },
      { name: 'WebP', value: 'webp', expected: 'reject' },
      { name: 'PDF named .jpg', value: 'pdf', set: { decodes: false }, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'upload'>({
    id: 'MATERIAL-IMAGE-DECODES',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '材料图片须能完整解码',
    summary: 'A JPEG or PNG that does not decode (truncated or corrupt) is refused.',
    message: '图片文件已损坏或不完整，无法显示，请重新保存后上传。',
    sources: [{ seed: SEEDS.hubei2026, section: DIALOG_26, quote: '上传的照片应确保图像清晰' }],
    profiles: portalOnly({}),
    note: `${PORTAL_NOTE} A file that cannot be decoded cannot be legible, so the portal refuses it; only checked on files whose content is JPEG or PNG (MATERIAL-IMAGE-FORMAT refuses the rest).`,
    check: { subject: 'upload', path: 'decodes', applies: (u) => u.bytes > 0 && ALLOWED.includes(u.format), schema: () => z.literal(true) },
    cases: [
      { name: 'decodable JPEG', value: true, expected: 'accept' },
      { name: 'truncated JPEG', value: false, expected: 'reject' },
      { name: 'corrupt PNG', value: false, set: { format: 'png' }, expected: 'reject' },
    ],
  }),
  defineRule<{ maxKB: number; textSaysKB?: number }, 'upload'>({
    id: 'MATERIAL-IMAGE-SIZE',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '单个材料图片文件大小不超过上限',
    summary: 'One material image is no larger than the profile\'s cap (200 KB; "不超过": the cap itself is allowed).',
    message: '单个照片文件大小不超过{maxKB}k，请压缩后重新上传。',
    sources: [
      { seed: SEEDS.hubei2026, section: DIALOG_26, quote: '单个照片文件大小不超过200k' },
      { seed: SEEDS.hubei2026, section: TEXT_26, quote: '单个照片文件大小不超过 500k' },
      { seed: SEEDS.hebei2022, section: HB_GUIDE, quote: '单个照片文件大小不超过200k' },
    ],
    profiles: portalOnly({ maxKB: 200 }, { maxKB: 200 }, { maxKB: 200, textSaysKB: 500 }),
    note: `Seed 001 states the cap twice: 200k in the upload dialog and 500k in the text beside it; Hubei 2026 enforces 200k, what the dialog (the system itself) shows, and a 500k file is a reject case there. Hebei 2022 states 200k. Hubei 2022 states no cap and assumes the 200k of the same portal (profiles.ts). "不超过" makes the cap inclusive; k = profile.kbBytes. ${PORTAL_NOTE}`,
    check: {
      subject: 'upload', path: 'bytes',
      schema: (p, ctx) => z.number().int().max(p.maxKB * ctx.profile.kbBytes),
    },
    cases: (p, ctx) => {
      const cap = p.maxKB * ctx.profile.kbBytes
      return [
        { name: 'one byte under the cap', value: cap - 1, expected: 'accept' },
        { name: 'exactly the cap', value: cap, expected: 'accept' },
        { name: 'one byte over the cap', value: cap + 1, expected: 'reject' },
        { name: 'cap read as 1000-byte k plus one', value: p.maxKB * 1000 + 1, expected: 'accept' },
        ...(p.textSaysKB ? [{ name: `the ${p.textSaysKB}k the text states`, value: p.textSaysKB * ctx.profile.kbBytes, expected: 'reject' as const }] : []),
      ]
    },
  }),
  defineRule<{ identityImages: number }, 'upload'>({
    id: 'MATERIAL-IMAGE-COUNT',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '固定数量的材料传满后不能继续上传；其余材料可上传多张',
    summary: 'A material with a fixed image count (identity: front, back and, where required, the hand-held photo) refuses an image beyond it; other materials take several images.',
    message: '该材料只需上传{max}张图片，已传满；如需更换，请先删除再上传。',
    sources: [
      { seed: SEEDS.hubei2026, section: '三、(一) 3', quote: '有些图片只有两个或固定数量的（例如身份证明材料），则传完指定数量的图片后，则不能继续上传' },
      { seed: SEEDS.hubei2026, section: '三、(一) 3', quote: '如果同一种类材料需要上传多个图片的，在上传完第一个图片之后，继续点击后面的上传即可' },
      { seed: SEEDS.hebei2022, section: '附件2 二 (三)', quote: '有些图片只有两个或固定数量的（例如身份证明材料），传完指定数量的图片后，则不能继续上传' },
      { seed: SEEDS.hebei2022, section: '附件1 一', quote: '正反面照片及本人手持身份证内容一面照片' },
      { seed: SEEDS.hubei2026, section: '二、(一)', quote: '上传与报名相一致的有效身份证件正反面照片' },
      { seed: SEEDS.hubei2026, section: '三、(四) 截图 身份证明', quote: '本人手持身份证内容一面照片' },
    ],
    profiles: portalOnly({ identityImages: 2 }, { identityImages: 3 }, { identityImages: 3 }),
    note: `Identity images differ: Hebei 2022 asks for front, back and a hand-held photo (3). Hubei 2026 contradicts itself: §二(一) asks for 正反面 (2), the portal screenshot adds the hand-held photo; the profile follows the portal (3). Hubei 2022 says only 上传相关证件 and assumes the front-and-back pair (2). Counts come from src/rules/materials.ts. ${PORTAL_NOTE}`,
    check: {
      subject: 'upload', path: 'imagesBefore',
      applies: (u, _p, ctx) => !!materialEntry(ctx.profile.id, u.material),
      test: (u, _p, ctx) => {
        const max = materialEntry(ctx.profile.id, u.material)!.images.max
        return max !== null && u.imagesBefore >= max ? { code: 'count-full', detail: { max } } : null
      },
    },
    cases: (p) => [
      { name: 'first identity image', base: 'identity', value: 0, expected: 'accept' },
      { name: 'last identity image of the set', base: 'identity', value: p.identityImages - 1, expected: 'accept' },
      { name: 're-upload after deleting one of a full set', base: 'identity', value: p.identityImages - 1, expected: 'accept' },
      { name: 'one identity image beyond the set', base: 'identity', value: p.identityImages, expected: 'reject' },
      { name: 'two identity images beyond the set', base: 'identity', value: p.identityImages + 1, expected: 'reject' },
      { name: 'second diploma image', value: 1, expected: 'accept' },
      { name: 'sixth diploma image', value: 5, expected: 'accept' },
    ],
  }),
  defineRule<Record<string, never>, 'upload'>({
    id: 'MATERIAL-UPLOAD-LOCKED',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '已锁定的材料不能上传图片',
    summary: 'An image sent to a locked material (submitted for review and not returned) is refused.',
    message: '材料已锁定，无法修改；如需修改，请等待审核人员退回。',
    sources: [
      { seed: SEEDS.hubei2026, section: '三、(一) 4', quote: '如考生已被审核，则上传的图片将被锁定，考生无法修改图片' },
      { seed: SEEDS.hebei2022, section: '附件2 二 (四)', quote: '如考生已“提交审核”或在审核期间，则上传的图片将被锁定，考生无法修改' },
    ],
    profiles: portalOnly({}),
    note: PORTAL_NOTE,
    check: { subject: 'upload', path: 'unlocked', schema: () => z.literal(true) },
    cases: [
      { name: 'unlocked material', value: true, expected: 'accept' },
      { name: 'locked material', value: false, expected: 'reject' },
    ],
  }),
]

// --- Which materials a candidate must upload before 提交审核 --------------------------------

const EN_NAMES: Record<MaterialId, string> = {
  identity: 'the identity document images', 'identity-supporting': 'proof linking documents to the identity',
  diploma: 'the diploma', 'verification-report': 'the education verification report',
  'foreign-degree-certification': 'the foreign degree certification', degree: 'the degree certificate',
  'degree-verification-report': 'the degree verification report', 'supplementary-education': 'the earlier education records (专升本, 3+2, graduate)',
  'license-copy': 'the duplicate of the unit\'s practice licence', 'probation-certificate': 'the probation assessment certificate',
  'assistant-certificate': 'the assistant physician qualification certificate', 'assistant-license': 'the assistant physician practising certificate',
  'practice-period-proof': 'the assistant\'s practice-period assessment proof', 'first-registration-proof': 'the first-registration proof',
  'supervisor-certificate': 'the supervising doctor\'s certificates', 'commitment-letter': 'the fresh-graduate commitment letter',
  'student-status-proof': 'the school\'s student-status proof', 'student-card': 'the student card',
  'practice-certificate': 'the one-year clinical practice certificate', 'professional-degree-proof': 'the professional-degree student proof',
  'short-line-application': 'the short-line extra exam application form', 'short-line-publicity': 'the short-line publicity proof',
  'hmt-internship-form': 'the Hong Kong/Macau/Taiwan/foreign internship approval form', 'shicheng-certificate': 'the 师承 or 确有专长 certificate',
  'military-approval': 'the regiment-level political department\'s approval', other: 'other materials',
}

/** Who must upload a material under each portal profile; null where the portal does not require it. */
function whoNeeds(id: MaterialId): Partial<Record<ProfileId, Situation>> {
  return Object.fromEntries(PORTAL_PROFILES.flatMap((p) => {
    const e = portalMaterials(p)!.find((m) => m.id === id && m.required)
    return e ? [[p, e.when]] : []
  }))
}

/** A candidate in a situation: the fresh-graduate example changed by the situation's witness. */
function candidateIn(who: Situation, profile: ProfileId, ctx: Parameters<typeof candidateExample>[1]): Candidate {
  let c = candidateExample('fresh-graduate', ctx)
  for (const [path, value] of Object.entries(SITUATION_WITNESSES[who] ?? {})) c = withPath(c, path, value)
  if (!SITUATIONS[who](c)) throw new Error(`no witness puts the example candidate into situation "${who}" under ${profile}`)
  return c
}

function requiredRule(id: MaterialId): AnyRule {
  const who = whoNeeds(id)
  const spec: ProfileSpec<{ who: Situation }> = {
    base: null,
    overrides: Object.fromEntries(PORTAL_PROFILES.map((p) => [p, who[p] ? { who: who[p] } : null])),
  }
  const sources: Source[] = PORTAL_PROFILES.flatMap((p) => {
    const e = portalMaterials(p)!.find((m) => m.id === id && m.required)
    return e ? [e.source] : []
  }).filter((s, i, all) => all.findIndex((t) => t.seed === s.seed && t.quote === s.quote) === i)
  const title = MATERIAL_TITLES[id]
  return defineRule<{ who: Situation }, 'event'>({
    id: `MATERIAL-REQUIRED-${id.toUpperCase()}`,
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: `须上传${title}方可提交审核`,
    summary: `Candidates the profile names (see params.who) must upload ${EN_NAMES[id]} before submitting for review (提交审核).`,
    message: `请上传“${title}”（带*号为必须上传的项目）后再提交审核。`,
    sources,
    profiles: spec,
    note: `Who must upload it, per profile (situations in src/rules/materials.ts): ${PORTAL_PROFILES.map((p) => `${p}: ${who[p] ?? 'not required'}`).join('; ')}. ${PORTAL_NOTE}`,
    check: {
      subject: 'event',
      path: `uploaded.${id}`,
      applies: (e, _p, ctx) => e.action === 'submit-review' && !!e.candidate
        && !!materialsFor(e.candidate, ctx.profile.id)?.some((m) => m.id === id && m.required),
      test: (e) => ((e.uploaded[id] ?? 0) > 0 ? null : { code: 'material-missing', detail: { material: id } }),
    },
    cases: (p, ctx) => {
      const c = candidateIn(p.who, ctx.profile.id, ctx)
      const full = completeUploads(c, ctx.profile.id)
      const without = { ...full, [id]: 0 }
      const out: Case[] = [
        { name: `complete file of a ${String(p.who)} candidate`, base: 'submit-review', set: { candidate: c, uploaded: full }, expected: 'accept' },
        { name: `${String(p.who)} candidate without ${id}`, base: 'submit-review', set: { candidate: c, uploaded: without }, expected: 'reject' },
      ]
      const plain = candidateExample('fresh-graduate', ctx)
      if (!SITUATIONS[p.who](plain)) {
        out.push({ name: `fresh graduate need not upload ${id}`, base: 'submit-review', set: { candidate: plain, uploaded: completeUploads(plain, ctx.profile.id) }, expected: 'accept' })
      }
      return out
    },
  })
}

const requiredRules = MATERIAL_IDS.filter((id) => Object.keys(whoNeeds(id)).length > 0).map(requiredRule)

const submitRules = [
  defineRule<Record<string, never>, 'event'>({
    id: 'MATERIAL-MIN-IMAGES',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '提交审核前固定数量的材料须传齐',
    summary: 'At submission every started material holds at least its minimum images (identity: all sides; Hebei 中专 diploma: front and back).',
    message: '“{material}”须上传{min}张图片，目前只有{have}张，请补齐后再提交审核。',
    sources: [
      { seed: SEEDS.hebei2022, section: '附件1 一', quote: '考生需上传与报名相一致的有效身份证件正反面照片及本人手持身份证内容一面照片' },
      { seed: SEEDS.hebei2022, section: '五、5', quote: '须上传带有清晰完整钢印的毕业证书正面照及反面照' },
      { seed: SEEDS.hubei2026, section: '二、(一)', quote: '上传与报名相一致的有效身份证件正反面照片' },
    ],
    profiles: portalOnly({}),
    note: `Minimum counts per profile come from src/rules/materials.ts (identity 2 in Hubei 2022, 3 in Hubei 2026 and Hebei). A material with no image at all is MATERIAL-REQUIRED-*'s concern. ${PORTAL_NOTE}`,
    check: {
      subject: 'event',
      applies: (e) => e.action === 'submit-review' && !!e.candidate,
      test: (e, _p, ctx) => (materialsFor(e.candidate!, ctx.profile.id) ?? []).flatMap((m) => {
        const have = e.uploaded[m.id] ?? 0
        return have > 0 && have < m.images.min ? [{ code: 'too-few-images', path: `uploaded.${m.id}`, detail: { material: m.title, min: m.images.min, have } }] : []
      }),
    },
    cases: (_p, ctx) => {
      const idMin = materialEntry(ctx.profile.id, 'identity')!.images.min
      const out: Case[] = [
        { name: 'all identity images', base: 'submit-review', set: { 'uploaded.identity': idMin }, expected: 'accept' },
        { name: 'identity one image short', base: 'submit-review', set: { 'uploaded.identity': idMin - 1 }, expected: 'reject' },
        { name: 'identity front only', base: 'submit-review', set: { 'uploaded.identity': 1 }, expected: 'reject' },
        { name: 'several diploma images', base: 'submit-review', set: { 'uploaded.diploma': 4 }, expected: 'accept' },
      ]
      if (ctx.profile.id === 'hebei-shijiazhuang-2022') {
        const c = candidateIn('zhongzhuan', ctx.profile.id, ctx)
        const full = completeUploads(c, ctx.profile.id)
        out.push(
          { name: '中专 diploma front and back', base: 'submit-review', set: { candidate: c, uploaded: full }, expected: 'accept' },
          { name: '中专 diploma front only', base: 'submit-review', set: { candidate: c, uploaded: { ...full, diploma: 1 } }, expected: 'reject' },
        )
      }
      return out
    },
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'MATERIAL-DECLARATION',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '提交审核前须对上传材料的真实性进行承诺',
    summary: 'Submitting materials for review requires the candidate\'s declaration that they are truthful (Hebei).',
    message: '请先对上传材料的真实性进行承诺，再提交审核。',
    sources: [{ seed: SEEDS.hebei2022, section: '二、(一)', quote: '考生需在系统内对上传材料的真实性进行承诺' }],
    profiles: { base: null, overrides: { 'hebei-shijiazhuang-2022': {} } },
    note: 'Only the Hebei notice asks for an in-system declaration; Hubei 2026 shows a warning (如有虚假材料…处理) but no declaration step, so the rule does not apply to Hubei. National and Hunan have no portal.',
    check: { subject: 'event', path: 'declared', applies: (e) => e.action === 'submit-review', schema: () => z.literal(true) },
    cases: [
      { name: 'declared', base: 'submit-review', value: true, expected: 'accept' },
      { name: 'not declared', base: 'submit-review', value: false, expected: 'reject' },
    ],
  }),
]

const enter = (e: LifecycleEvent) => e.action === 'enter-portal'
/** MATERIAL-PORTAL-AUTHORISE's parameter: whether every new session authorises, or only the account's first. */
const EVERY_SESSION: { everySession: boolean } = { everySession: true }
/** The case MATERIAL-PORTAL-AUTHORISE's readings dispute: a later session entering without the form. */
export const LATER_SESSION = 'a later session, not authorising again, of an account authorised before'
const portalRules = [
  defineRule<typeof EVERY_SESSION, 'event'>({
    id: 'MATERIAL-PORTAL-AUTHORISE',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '首次进入省网须用国网报名账号授权',
    summary: 'The portal is entered by authorising with the national account (username and password); a wrong account is refused. In Hubei a later session of an account that authorised before either authorises again or enters directly (two readings).',
    message: '用户名或密码错误：请使用网上报名时的账号和密码授权登录。',
    sources: [
      { seed: SEEDS.hubei2026, section: '三、(一) 2 激活用户', quote: '首次登陆考生使用考试报名系统的账号进行授权，授权完成后即可进入报名材料上传界面' },
      { seed: SEEDS.hebei2022, section: '附件2 一 2', quote: '考生使用考试报名系统的账号进行授权，授权完成后即可进入报名材料上传界面' },
    ],
    profiles: {
      base: null,
      overrides: { 'hebei-shijiazhuang-2022': EVERY_SESSION },
      readings: {
        'hubei-2022': [
          { id: '001-授权访问', summary: 'every new session authorises before it enters (the 授权访问 form is the portal\'s login with the national account)', source: { seed: SEEDS.hubei2026, section: '三、(一) 2 授权访问', quote: '即将使用医学考试中心考生服务系统账号登陆' }, params: EVERY_SESSION },
          { id: '001-激活用户', summary: 'the account authorises once, at its first login (激活用户); its later sessions enter directly', source: { seed: SEEDS.hubei2026, section: '三、(一) 2 激活用户', quote: '首次登陆考生使用考试报名系统的账号进行授权，授权完成后即可进入报名材料上传界面' }, params: { everySession: false } },
        ],
      },
    },
    note: `${PORTAL_NOTE} Hubei (001; 2022 assumes the same portal) says the authorisation happens 首次登陆, under the heading 激活用户, and shows it as a login form (授权访问: 即将使用…账号登陆…考生服务系统): both readings are accepted, every new session authorising (the reference site) or only the account's first, and the report says which the target follows. Hebei (003) describes entering as the jump from 上传相关材料 followed by the authorisation, with no 首次: every entry authorises. Under every reading a session of an account that never authorised, or that answered the form wrongly, does not enter.`,
    check: { subject: 'event', path: 'credentialsValid', applies: (e, p) => enter(e) && !(e.portalActivated && !p.everySession), schema: () => z.literal(true) },
    cases: (p) => [
      { name: 'national account and password', base: 'enter-portal', value: true, expected: 'accept' },
      { name: 'wrong password', base: 'enter-portal', value: false, expected: 'reject' },
      { name: LATER_SESSION, base: 'enter-portal', value: false, set: { portalActivated: true }, expected: p.everySession ? 'reject' : 'accept' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'MATERIAL-PORTAL-CAPTCHA',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '授权登录须填写正确的验证码',
    summary: 'The portal\'s authorisation form refuses a wrong captcha.',
    message: '验证码错误，请重新输入。',
    sources: [{ seed: SEEDS.hubei2026, section: '三、(一) 2 授权访问', quote: '验证码*' }],
    profiles: { base: null, overrides: { 'hubei-2026': {} } },
    note: 'Only the Hubei 2026 authorisation form shows 验证码*; the Hebei guide shows the form as an image without text (图2) and Hubei 2022 does not show it, so the rule applies to Hubei 2026 only.',
    check: { subject: 'event', path: 'captchaValid', applies: enter, schema: () => z.literal(true) },
    cases: [
      { name: 'right captcha', base: 'enter-portal', value: true, expected: 'accept' },
      { name: 'wrong captcha', base: 'enter-portal', value: false, expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'MATERIAL-PORTAL-AFTER-APPLY',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '国网提交报名信息后方可进入省网上传材料',
    summary: 'The materials portal opens from a submitted national application (上传相关材料); without one it is refused.',
    message: '请先在国家医学考试网完成并提交报名信息，再点击“上传相关材料”。',
    sources: [
      { seed: SEEDS.hubei2022, section: '一、(二) 省网上传材料', quote: '在国网提交报名信息后，点击“上传相关材料”即自动跳转到省网' },
      { seed: SEEDS.hebei2022, section: '二、(一)', quote: '请考生在完成网上报名后，按照操作指南步骤，登录国家医学考试（河北）考生服务系统上传相关报名材料' },
    ],
    profiles: portalOnly({}),
    note: PORTAL_NOTE,
    check: { subject: 'event', path: 'state', applies: enter, test: (e) => (e.state === 'draft' ? { code: 'no-application' } : null) },
    cases: [
      { name: 'application submitted', base: 'enter-portal', value: 'submitted', expected: 'accept' },
      { name: 'application still a draft', base: 'enter-portal', value: 'draft', expected: 'reject' },
    ],
  }),
  defineRule<Record<string, never>, 'event'>({
    id: 'MATERIAL-PORTAL-ID-NUMBER',
    level: 'must',
    area: 'materials',
    stage: 'materials',
    title: '进入湖北省网须填写并校验本人报考证件号码',
    summary: 'Entering the Hubei portal requires typing the candidate\'s own ID number, which must match the application.',
    message: '证件号码与报名信息不一致，请填写本人报考证件号码。',
    sources: [{ seed: SEEDS.hubei2022, section: '一、(二) 省网上传材料', quote: '进入省网时须填写并效验考生本人报考证件号码' }],
    profiles: { base: null, overrides: { 'hubei-2022': {} } },
    note: 'Hubei only (seed 000); Hubei 2026 inherits it (seed 001 describes entry by account authorisation and does not drop the check). Hebei states no ID-number step.',
    check: { subject: 'event', path: 'idNumberMatches', applies: enter, schema: () => z.literal(true) },
    cases: [
      { name: 'own ID number', base: 'enter-portal', value: true, expected: 'accept' },
      { name: 'someone else\'s ID number', base: 'enter-portal', value: false, expected: 'reject' },
    ],
  }),
]

// --- What only a person can judge ------------------------------------------------------------

type ManualRow = [id: string, title: string, summary: string, source: Source, profiles: readonly ProfileId[], manual: string]
const H26 = SEEDS.hubei2026
const HB = SEEDS.hebei2022
const ALL_PORTAL = PORTAL_PROFILES
const HUBEI26 = ['hubei-2026'] as const
const HEBEI = ['hebei-shijiazhuang-2022'] as const
const HUBEI = ['hubei-2022', 'hubei-2026'] as const
const H22 = SEEDS.hubei2022
const JUDGE = 'Only a reviewer looking at the image can judge it.'

const MANUAL: ManualRow[] = [
  ['MATERIAL-LEGIBLE', '材料图片清晰可辨', 'Each material image is sharp enough to read.', { seed: H26, section: DIALOG_26, quote: '上传的照片应确保图像清晰' }, ALL_PORTAL, JUDGE],
  ['MATERIAL-UPRIGHT', '材料图片画面正向，不得翻转旋转', 'Each image is upright, neither mirrored nor rotated.', { seed: H26, section: DIALOG_26, quote: '画面保持正向，不得翻转旋转' }, ALL_PORTAL, 'Orientation of a document photo needs a person (EXIF orientation aside).'],
  ['MATERIAL-TRUTHFUL', '材料信息真实、准确、完整、有效', 'Materials are genuine, accurate, complete and valid.', { seed: H26, section: DIALOG_26, quote: '材料照片需保证信息真实、准确、完整、有效' }, ALL_PORTAL, 'Genuineness is judged by reviewers against the originals.'],
  ['MATERIAL-MATCHES-APPLICATION', '上传材料与网上填报信息一致', 'The uploaded documents agree with the application data.', { seed: HB, section: '五、3', quote: '考生网上填报信息必须与上传材料一致' }, ALL_PORTAL, 'Reading names and numbers off images needs a person.'],
  ['MATERIAL-SIGNATURES-STAMPS', '法人、本人签字及单位盖章缺一不可', 'Forms carry every signature and stamp they require (legal representative, candidate, unit).', { seed: HB, section: '五、3', quote: '所提供材料中凡须法人、本人签字、所在单位盖章等缺一不可' }, ALL_PORTAL, 'Whether a stamp or signature is present and legible needs a person.'],
  ['MATERIAL-LICENSE-DUPLICATE', '医疗机构执业许可证须为副本，正本无效', 'The unit licence shown is the duplicate (副本), not the original (正本).', { seed: HB, section: '三、(三)', quote: '注意是“副本”,正本无效' }, ALL_PORTAL, 'Telling 副本 from 正本 needs a person looking at the image.'],
  ['MATERIAL-LICENSE-PAGES', '许可证副本含信息页、诊疗科目页及变更页', 'The licence copy includes the information page, the services page and any change pages.', { seed: HB, section: '附件1 二', quote: '包含信息页、诊疗科目页，有变更信息的提交变更信息页' }, HEBEI, JUDGE],
  ['MATERIAL-LICENSE-MATCHES', '许可证信息与报名信息不一致的直接判定不通过', 'A licence that does not fully match the application fails review and may not be corrected.', { seed: HB, section: '附件1 二', quote: '许可证上的信息与报名信息不完全一致的，不允许修订，将直接被判定为审核不通过' }, HEBEI, 'Comparing the licence image with the application is a reviewer\'s judgement.'],
  ['MATERIAL-ORIGINALS', '上传证件原件照片', 'Identity, diploma, certificates and the licence duplicate are photographed from the originals.', { seed: HB, section: '五、1', quote: '考生身份证，毕业证，助理医师资格证、执业证，医疗机构许可证副本均需上传原件' }, ALL_PORTAL, 'Whether a photo shows an original or a photocopy needs a person.'],
  ['MATERIAL-HANDHELD-LEGIBLE', '手持证件照人像与证件内容清晰可辨', 'In the hand-held photo both the face and the document are legible.', { seed: HB, section: '附件1 一', quote: '人像与证件内容应清晰可辨' }, ['hubei-2026', 'hebei-shijiazhuang-2022'], JUDGE],
  ['MATERIAL-PASSPORT-PAGES', '外国护照上传信息页与封页', 'A foreign passport is shown by its information page and cover.', { seed: H26, section: '三、(一) 截图 身份证明', quote: '外国护照需上传信息页与封页' }, HUBEI26, 'Which page an image shows needs a person.'],
  ['MATERIAL-VERIFICATION-CODE-LEGIBLE', '学历认证报告验证标识码清晰可查验', 'The verification code on the education report is legible and can be checked.', { seed: H26, section: '二、(二) 1', quote: '验证标识码清晰可查验' }, HUBEI26, JUDGE],
  ['MATERIAL-ZHONGZHUAN-SEAL', '中专毕业证书钢印清晰完整', 'A 中专 diploma shows its embossed seal clearly and completely.', { seed: HB, section: '五、5', quote: '须上传带有清晰完整钢印的毕业证书正面照及反面照' }, HEBEI, 'An embossed seal is only visible to a person.'],
  ['MATERIAL-SUPERVISOR-DETAILS', '带教老师证书含姓名、证书编码、执业地点', 'The supervising doctor\'s certificates show name, certificate number and practice location.', { seed: HB, section: '五、2', quote: '须包含带教老师姓名、证书编码、执业地点全部信息' }, HEBEI, JUDGE],
  ['MATERIAL-FOREIGN-TRANSLATION', '外国文字材料附公证翻译件', 'Foreign-language documents come with a notarised translation.', { seed: H26, section: '二、(二) 3', quote: '外国文字材料需附上经第三方公证机构出具的翻译文件' }, HUBEI26, 'Whether a translation is attached and notarised needs a person.'],
  ['MATERIAL-PROBATION-CURRENT-YEAR', '试用期考核合格证明仅考试当年有效', 'The probation assessment certificate is one issued for this exam year.', { seed: HB, section: '三、(四)', quote: '《试用期考核合格证明》仅考试当年有效' }, HEBEI, 'The issue date is read off the certificate image by a reviewer.'],
  ['MATERIAL-ONE-PER-UNIT', '多个执业单位须每个单位各开具一份证明', 'Where the candidate worked at several units, each unit issues its own certificate.', { seed: HB, section: '三、(四)', quote: '如执业地点涉及多个单位，须多个单位同时开具证明，每个单位1份' }, HEBEI, 'Only a reviewer knows the units from the documents.'],
  ['MATERIAL-REPLACEMENT-DIPLOMA', '毕业证遗失仅可用毕业证明书或学历证明书代替', 'A lost diploma is replaced only by the school\'s 毕业证明书 or the education department\'s 学历证明书.', { seed: HB, section: '三、(六)', quote: '可以提供由原学校补办的教育部门统一制式的“毕业证明书”或“学历证明书”，其他证明无效' }, ALL_PORTAL, 'Which document an image shows needs a person.'],
  ['MATERIAL-ALL-REGISTRATIONS', '医师执业证书须上传全部执业注册记录', 'The practising certificate is uploaded with every registration record.', { seed: H26, section: '二、(五)', quote: '《医师执业证书》信息须将所有执业注册记录完整上传' }, HUBEI26, 'Whether every page of records is there needs a person.'],
  ['MATERIAL-DEGREE-TYPE', '研究生学位须标明专业型或学术型', 'A graduate degree states whether it is professional or academic.', { seed: H26, section: '二、(三)', quote: '研究生学位需标明专业型/学术型研究生' }, HUBEI26, JUDGE],
  ['MATERIAL-UPDATE-ON-CHANGE', '更改报考类别或补充报考信息须同步更新材料', 'When the application changes, the uploaded materials are updated to match.', { seed: H26, section: '三、(一)', quote: '如更改报考类别或补充报考信息须同步更新上传材料' }, ALL_PORTAL, 'Whether old materials still fit a changed application is a reviewer\'s judgement.'],
  ['MATERIAL-IDENTITY-CHANGE-PROOF', '证书与现有身份信息不符的须提供身份信息佐证材料', 'A candidate whose diploma or certificates show other identity details than today\'s provides proof linking them.', { seed: H22, section: '二、(三) 1 (4)', quote: '毕业证和资格证书等与现有身份信息不符的考生，需提供身份信息佐证材料' }, HUBEI, 'Whether a document\'s name or number differs from today\'s identity is read off the images; the portal offers the optional 身份信息佐证材料 slot for it.'],
  ['MATERIAL-ADULT-EDUCATION-BOTH', '持成教学历的助理报考执业须上传第一学历和职后学历', 'An assistant upgrading with adult (成教) education uploads both the first and the later education.', { seed: H22, section: '二、(三) 4 ⑤', quote: '⑤助理执业医师报考执业医师中，持成教学历的考生，需上传第一学历和职后学历等相关情况' }, HUBEI, 'The form does not say which education is 成教 and which came first; a reviewer reads it from the diplomas.'],
  ['MATERIAL-REQUIRED-MARKED', '带有*号的为必须上传的项目', 'The portal marks each required material with an asterisk.', { seed: H26, section: '三、(五) 截图 报名材料附件', quote: '注意：带有*号的为必须上传的项目' }, HUBEI26, 'A mark on the portal\'s page: the adapter reports which materials are required, not how the page marks them, so a person checks the asterisk.'],
  ['MATERIAL-MILITARY-HOSPITAL-LICENSE', '非现役军人在部队医院试用的须提供对外有偿服务许可证或红头文件', 'A civilian on probation or practising in a military hospital shows the hospital\'s external-service licence or an official letter instead of the usual licence.', { seed: HB, section: '三、(三)', quote: '非现役军人在部队医院试用或执业的，须提供军队医疗机构对外有偿服务许可证或单位红头文件证明' }, HEBEI, 'Which document stands in for the licence is read off the image; the licence slot takes it.'],
  ['MATERIAL-SUPPLEMENT-UNDER-OTHER', '需修订、补充的材料在“其他”栏目内上传', 'Corrections and supplements a reviewer asks for are uploaded under 其他.', { seed: HB, section: '五、6', quote: '如上传材料需要修订、补充等，可在“其他”栏目内上传' }, HEBEI, 'Which upload answers which request is a reviewer\'s reading; the 其他 slot itself is in the portal\'s materials list (src/rules/materials.ts) for every candidate.'],
]

const manualRules = MANUAL.map(([id, title, summary, source, profiles, manual]) => defineRule({
  id, level: 'manual', area: 'materials', stage: 'materials', title, summary, sources: [source],
  profiles: { base: null, overrides: Object.fromEntries(PORTAL_PROFILES.map((p) => [p, profiles.includes(p) ? {} : null])) },
  note: `Applies under ${profiles.join(', ')} (the profiles whose seeds state it). ${PORTAL_NOTE}`,
  manual,
}))

export const materialsRules: AnyRule[] = [...uploadRules, ...requiredRules, ...submitRules, ...portalRules, ...manualRules]
