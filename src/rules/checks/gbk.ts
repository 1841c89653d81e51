// The platform's character set is assumed to be GBK (see NAME-RARE-CHARACTER): built once by
// decoding every GBK double-byte code.
let gbk: Set<string> | undefined

function gbkSet(): Set<string> {
  if (gbk) return gbk
  const decoder = new TextDecoder('gbk')
  gbk = new Set()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch !== '\uFFFD') gbk.add(ch)
    }
  }
  return gbk
}

/** True when the character can be written in GBK (ASCII included). */
export function inGbk(ch: string): boolean {
  return ch.length === 1 && ch.charCodeAt(0) < 0x80 ? true : gbkSet().has(ch)
}
