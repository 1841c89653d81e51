import { pinyin } from 'pinyin-pro'

// Readings of one character without tones; ü may be typed as v or u. A '?' (a character missing
// from the font) stands for any one syllable.
function readings(ch: string): string[] | 'any' {
  if (ch === '?') return 'any'
  const all = pinyin(ch, { multiple: true, type: 'array', toneType: 'none' })
  return [...new Set(all.flatMap((r) => (r.includes('ü') ? [r.replaceAll('ü', 'v'), r.replaceAll('ü', 'u')] : [r])))]
}

/**
 * True when `typed` spells every character of a mainland name in full pinyin, in order (spaces,
 * dots and case ignored; polyphonic characters may take any of their readings).
 */
export function isFullPinyin(name: string, typed: string): boolean {
  const chars = [...name].filter((ch) => ch !== '.')
  const text = typed.toLowerCase().replace(/[\s.]/g, '').replaceAll('ü', 'v')
  if (!/^[a-z]+$/.test(text)) return false
  // reachable[i]: positions in `text` reachable after spelling the first i characters
  let reachable = new Set([0])
  for (const ch of chars) {
    const options = readings(ch)
    const next = new Set<number>()
    for (const pos of reachable) {
      if (options === 'any') for (let end = pos + 1; end <= Math.min(text.length, pos + 6); end++) next.add(end)
      else for (const r of options) if (r && text.startsWith(r, pos)) next.add(pos + r.length)
    }
    reachable = next
  }
  return reachable.has(text.length)
}
