/** One numbered unit of a seed: a prose sentence (`S`) or a table row (`R`). */
export interface SeedSentence {
  /** Stable ID: the seed's three-digit prefix, then S or R and the unit's number in document order (`002:S0412`). */
  id: string
  kind: 'sentence' | 'row'
  /** The text as the seed has it (markup and line-wrap spaces trimmed). */
  text: string
  /** 1-based line of the seed where the unit starts. */
  line: number
  /** The unit's span in the seed's whitespace-free text (what quotes are matched against). */
  start: number
  end: number
}

/** The seed text with all whitespace removed: quotes are matched on it. */
export const squash = (s: string): string => s.replace(/\s+/g, '')

const HAN = /\p{Script=Han}/u
// A sentence ends at a full stop, a full-width !/? or a semicolon, with any closing quotes or brackets kept.
const END = /[。！？；;]+[”’」』）)】]*/gu
const TABLE_RULE = /^\|[\s|:-]*$/

/** A list bullet from the seed's conversion is not part of the sentence. */
function clean(line: string): string {
  return line.replace(/^\s*[-•]\s+/, '').trim()
}

interface Block { text: string; line: number; last: number; kind: 'sentence' | 'row' }

/** Lines to blocks: table rows stay whole; a prose line wrapped onto an indented next line is rejoined. */
function blocks(text: string): Block[] {
  const out: Block[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, i) => {
    if (!raw.trim()) return
    if (raw.trimStart().startsWith('|')) {
      if (!TABLE_RULE.test(raw.trim())) out.push({ text: raw.trim(), line: i + 1, last: i, kind: 'row' })
      return
    }
    const prev = out.at(-1)
    const wrapped = prev?.kind === 'sentence' && prev.last === i - 1 && /^\s+\p{Script=Han}/u.test(raw) && HAN.test(prev.text.at(-1) ?? '')
    if (prev && wrapped) { prev.text += clean(raw); prev.last = i }
    else out.push({ text: clean(raw), line: i + 1, last: i, kind: 'sentence' })
  })
  return out.filter((b) => b.text)
}

/** Splits a seed deterministically into numbered sentences and table rows; the same text always gives the same IDs. */
export function splitSeed(file: string, text: string): SeedSentence[] {
  const prefix = file.slice(0, 3)
  const units: Omit<SeedSentence, 'id' | 'start' | 'end'>[] = []
  for (const b of blocks(text)) {
    if (b.kind === 'row') { units.push({ kind: 'row', text: b.text, line: b.line }); continue }
    let from = 0
    for (const m of b.text.matchAll(END)) {
      const to = m.index + m[0].length
      const s = b.text.slice(from, to).trim()
      if (squash(s)) units.push({ kind: 'sentence', text: s, line: b.line })
      from = to
    }
    const rest = b.text.slice(from).trim()
    if (squash(rest)) units.push({ kind: 'sentence', text: rest, line: b.line })
  }
  const counters = { sentence: 0, row: 0 }
  const flat = squash(text)
  let cursor = 0
  return units.map((u) => {
    const n = ++counters[u.kind]
    const body = squash(u.text)
    // Units are in document order, so each is found at or after the previous one's end.
    const start = flat.indexOf(body, cursor)
    if (start < 0) throw new Error(`${file} line ${u.line}: unit not found in the seed's text: ${u.text}`)
    cursor = start + body.length
    return { id: `${prefix}:${u.kind === 'row' ? 'R' : 'S'}${String(n).padStart(4, '0')}`, ...u, start, end: cursor }
  })
}
