// "所有手工填写内容均须为半角": full-width forms of ASCII (Ａ, １, －, ？, ．) and the ideographic space.
const FULL_WIDTH_FORM = /[\u3000\uFF01-\uFF5E]/u

/** True when the text has no full-width form of an ASCII character and no ideographic space. */
export function isHalfWidth(text: string): boolean {
  return !FULL_WIDTH_FORM.test(text)
}

/** The full-width form of an ASCII string ('a1-' → 'ａ１－'), for boundary cases. */
export function toFullWidth(text: string): string {
  return [...text].map((ch) => (ch === ' ' ? '\u3000' : ch >= '!' && ch <= '~' ? String.fromCodePoint(ch.codePointAt(0)! + 0xfee0) : ch)).join('')
}
