import { SCHOOLS, UNITS, initialsOf } from '../../generator/reference.ts'

export type DictionaryKind = 'school' | 'unit'
/** The three states of a school or unit field (seed 002 FAQ 二.7): shown as text and colour. */
export type LookupStatus = 'empty' | 'known' | 'unknown'
export const LOOKUP_STATUS_TEXT: Record<LookupStatus, string> = {
  empty: '未填写',
  known: '已从字典中选择',
  unknown: '不在字典中，请核对或申请添加',
}

interface Entry { name: string; initials: string; division?: string }
const ENTRIES: Record<DictionaryKind, readonly Entry[]> = { school: SCHOOLS, unit: UNITS }

/** Names matching a query by pinyin initials (bjdx → 北京大学) or by a part of the name. */
export function lookup(kind: DictionaryKind, query: string, limit = 20): { name: string; division?: string }[] {
  const q = query.trim().toLowerCase()
  if (!q) return []
  const byInitials = /^[a-z]+$/.test(q)
  return ENTRIES[kind]
    .filter((e) => (byInitials ? e.initials.startsWith(q) || initialsOf(e.name).includes(q) : e.name.includes(q)))
    .slice(0, limit)
    .map((e) => (e.division ? { name: e.name, division: e.division } : { name: e.name }))
}

/** Whether a value is empty, a dictionary entry, or typed but not in the dictionary. */
export function lookupStatus(kind: DictionaryKind, value: string): LookupStatus {
  if (!value.trim()) return 'empty'
  return ENTRIES[kind].some((e) => e.name === value.trim()) ? 'known' : 'unknown'
}
