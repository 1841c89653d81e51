import { z } from 'zod'
import type { Ctx } from './rule.ts'

/** A colour as the seeds name it (红, 灰, 黄); any other colour, or none, is 'other'. */
export const SEED_COLOURS = ['red', 'grey', 'yellow', 'other'] as const
export const SeedColour = z.enum(SEED_COLOURS)
export type SeedColour = z.infer<typeof SeedColour>

/** What a dictionary field (school, major, work unit) holds when the pointer leaves it. */
export const DICTIONARY_ENTRIES = ['empty', 'in-dictionary', 'not-in-dictionary'] as const
export type DictionaryEntry = (typeof DICTIONARY_ENTRIES)[number]

/**
 * What a target's pages show, in the seeds' words: the subject of the rules about a page's look and
 * flow. The specs read each part through the adapter (`ui.pages`) and judge it with the rule.
 */
export const PageView = z.object({
  /** The application wizard's step titles in order, as its step bar shows them. */
  wizardSteps: z.array(z.string()),
  /** The names of the buttons and links a wizard step between the first and the last offers. */
  wizardControls: z.array(z.string()),
  /** The groups 个人信息 shows, in order. */
  personalInfoGroups: z.array(z.string()),
  /** A dictionary field's colour once the pointer leaves it, per what it holds. */
  dictionaryColours: z.object({ empty: SeedColour, 'in-dictionary': SeedColour, 'not-in-dictionary': SeedColour }),
  /** The frame colour of a field the page refused. */
  refusedFieldFrame: SeedColour,
  /** The names of the buttons and links a submitted application offers. */
  submittedControls: z.array(z.string()),
  /** The text of a submitted application's entry where the candidate's applications are listed (its card). */
  applicationCard: z.string(),
  /** The fields the registration form asks for when the identity document is not the resident ID card. */
  handEnteredFields: z.array(z.string()),
  /** Per field of a wizard step that 个人信息 also holds: the value 个人信息 holds and the value the wizard shows. */
  wizardPrefill: z.array(z.object({ personal: z.string(), wizard: z.string() })),
  /** A 个人信息 field changed without its group's save control, the page left and opened again; and the names of the groups' save controls. */
  unsavedEdit: z.object({ before: z.string(), typed: z.string(), after: z.string(), saveControls: z.array(z.string()) }),
  /** The work unit dictionary searched by an entry's pinyin initials, and the controls offering to request a missing entry. */
  dictionarySearch: z.object({ typed: z.string(), sought: z.string(), offered: z.array(z.string()), requestControls: z.array(z.string()) }),
})
export type PageView = z.infer<typeof PageView>

/** The wizard's steps: seed 002's step bar draws six; seed 004 (the 2025 platform) walks seven after the notice, 教育经历 and 培训经历 apart. */
export const WIZARD_STEPS = {
  '002': ['选择报考', '基本情况', '工作情况', '教育及培训', '证书', '确认'],
  '004': ['选择考试项目', '基本情况', '工作情况', '教育经历', '培训经历', '证书情况', '提交确认'],
} as const satisfies Record<string, readonly string[]>

/** The six groups of 个人信息 (seed 002). */
export const PERSONAL_INFO_GROUPS = ['基本信息', '联系方式', '工作情况', '教育经历', '培训经历', '证书情况'] as const

/** The dictionary fields' colours (seed 002): red when nothing is entered, grey for a dictionary entry, yellow for a name not in it. */
export const DICTIONARY_COLOURS: Readonly<Record<DictionaryEntry, SeedColour>> = { empty: 'red', 'in-dictionary': 'grey', 'not-in-dictionary': 'yellow' }

/** The page of a conforming target under seed 002: the base the page rules' cases change. */
export function pageViewBase(_name: string | undefined, _ctx: Ctx): PageView {
  return {
    wizardSteps: [...WIZARD_STEPS['002']],
    wizardControls: ['上一步', '下一步'],
    personalInfoGroups: [...PERSONAL_INFO_GROUPS],
    dictionaryColours: { ...DICTIONARY_COLOURS },
    refusedFieldFrame: 'red',
    submittedControls: ['打印《医师资格考试网上报名成功通知单》'],
    applicationCard: '0000001 临床执业医师 考区 考点 阶段 网上报名成功 技能考试费: ¥50.00',
    handEnteredFields: ['证件类型', '证件号码', '姓名', '性别', '出生日期'],
    wizardPrefill: [{ personal: '北京协和医院', wizard: '北京协和医院' }, { personal: '内科', wizard: '内科' }],
    unsavedEdit: { before: '13812345678', typed: '13912345678', after: '13812345678', saveControls: ['提交'] },
    dictionarySearch: { typed: 'bjxhyy', sought: '北京协和医院', offered: ['北京协和医院'], requestControls: ['申请添加'] },
  }
}

/** A title as the page shows it, without step numbers, circled digits, marks and spaces. */
const bare = (s: string) => s.replace(/[\s\d①-⑩⓪-⓿❶-❿.、:：·()（）]/g, '')

/** Whether a page's title names the seed's: the same words, or one within the other (证书 / 证书情况, 确认 / 提交确认). */
export function namesSeedTitle(shown: string, seed: string): boolean {
  const a = bare(shown)
  const b = bare(seed)
  return a.length > 0 && (a.includes(b) || b.includes(a))
}

/** The names wanted that none of the names shown carries (上一步 is carried by « 上一步, 性别 by * 性别). */
export const missingNames = (shown: readonly string[], wanted: readonly string[]) => wanted.filter((w) => !shown.some((n) => n.includes(w)))

/** Whether the titles shown are the seed's, one for one and in order. */
export const sameTitles = (shown: readonly string[], seed: readonly string[]) => shown.length === seed.length && seed.every((t, i) => namesSeedTitle(shown[i]!, t))
