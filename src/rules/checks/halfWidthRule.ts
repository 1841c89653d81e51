import { SEEDS } from '../seeds.ts'
import { defineRule, type Area, type Case, type Ctx, type Stage } from '../rule.ts'
import { getPath } from '../path.ts'
import type { Candidate } from '../candidate.ts'
import { isHalfWidth } from './halfWidth.ts'

/** A hand-entered field and a full-width value to try in it (on a valid base persona). */
export interface HalfWidthField {
  path: keyof Candidate & string
  label: string
  fullWidth: string | ((ctx: Ctx) => string)
  base?: string
}

/**
 * The rule "所有手工填写内容均须为半角" for one area's fields. Format rules of those fields judge only
 * half-width text, so a full-width value breaks this rule alone.
 */
export function halfWidthRule(def: { id: string; area: Area; stage: Stage; title: string; fields: HalfWidthField[] }) {
  return defineRule({
    id: def.id,
    level: 'must',
    area: def.area,
    stage: def.stage,
    title: def.title,
    summary: `Hand-entered ${[...new Set(def.fields.map((f) => f.path))].join(', ')} use half-width characters: no full-width letters, digits, punctuation or ideographic spaces.`,
    message: '{field}须为半角字符，请关闭全角输入后重新填写。',
    sources: [{ seed: SEEDS.national, section: '附: 网上报名表填写说明 / 考生姓名', quote: '(注:所有手工填写内容均须为半角)' }],
    profiles: { base: {} },
    note: 'Full-width means the full-width forms of ASCII (U+FF01-FF5E, e.g. Ａ１－？．) and the ideographic space U+3000. Chinese characters have no half-width form and are allowed wherever the field takes them.',
    check: {
      subject: 'candidate',
      test: (c) => def.fields
        .filter((f) => !isHalfWidth(String(getPath(c, f.path) ?? '')))
        .map((f) => ({ code: 'full-width', path: f.path, detail: { field: f.label } })),
    },
    cases: (_p, ctx): Case[] => [
      { name: 'half-width values', expected: 'accept' },
      ...def.fields.map((f) => ({
        name: `full-width ${f.path}${f.base ? ` (${f.base})` : ''}`,
        ...(f.base ? { base: f.base } : {}),
        set: { [f.path]: typeof f.fullWidth === 'function' ? f.fullWidth(ctx) : f.fullWidth },
        expected: 'reject' as const,
      })),
    ],
  })
}
