import atlas from './cjkGlyphs.json' with { type: 'json' }
import { GLYPHS } from './font.ts'
import type { Raster, Rgb } from './raster.ts'

// Chinese (and Latin) text on a raster: CJK characters from the glyph atlas rendered once from Noto Sans
// CJK (scripts/cjkGlyphs.ts), Latin letters and digits from the 5×7 font; a character in neither is a box.

const SIZE = atlas.size
const BITS = Buffer.from(atlas.bits, 'base64')
const INDEX = new Map([...atlas.chars].map((ch, i) => [ch, i]))
const ROW = SIZE * SIZE / 8

/** Whether the atlas has a glyph for every CJK character of `s`. */
export const canPrint = (s: string): boolean => [...s].every((ch) => ch.charCodeAt(0) < 0x3000 || INDEX.has(ch))

function cjkOn(index: number, x: number, y: number): boolean {
  const bit = y * SIZE + x
  return (BITS[index * ROW + (bit >> 3)]! & (0x80 >> (bit & 7))) !== 0
}

/** Advance of one character at a pixel size: full width for CJK, ~half for Latin. */
const advance = (ch: string, px: number) => (ch.charCodeAt(0) < 0x3000 ? Math.ceil(px * 0.55) : px)

/** Width in pixels of `s` drawn at `px` pixels per character. */
export const printWidth = (s: string, px: number): number => [...s].reduce((w, ch) => w + advance(ch, px), 0)

/** Draws `s` with its top-left at (x, y), `px` pixels high; `bold` thickens strokes by a pixel. */
export function print(r: Raster, x: number, y: number, s: string, px: number, c: Rgb, bold = false): void {
  let cx = Math.round(x)
  const put = (X: number, Y: number) => {
    for (let d = 0; d <= (bold ? 1 : 0); d++) {
      const xx = X + d
      if (xx < 0 || Y < 0 || xx >= r.width || Y >= r.height) continue
      const i = (Y * r.width + xx) * 4
      r.data[i] = c[0]; r.data[i + 1] = c[1]; r.data[i + 2] = c[2]
    }
  }
  for (const ch of s) {
    const w = advance(ch, px)
    const index = INDEX.get(ch)
    if (index !== undefined) {
      for (let yy = 0; yy < px; yy++) for (let xx = 0; xx < px; xx++) if (cjkOn(index, Math.floor(xx * SIZE / px), Math.floor(yy * SIZE / px))) put(cx + xx, Math.round(y) + yy)
    } else if (ch.charCodeAt(0) < 0x3000) {
      const glyph = GLYPHS[ch.toUpperCase()] ?? (ch === ' ' ? GLYPHS[' ']! : null)
      const gh = Math.max(7, Math.round(px * 0.7)), gw = Math.max(5, Math.round(gh * 5 / 7))
      const top = Math.round(y) + Math.round((px - gh) / 2)
      if (glyph) for (let yy = 0; yy < gh; yy++) for (let xx = 0; xx < gw; xx++) if (glyph[Math.floor(yy * 7 / gh)]! & (0x10 >> Math.floor(xx * 5 / gw))) put(cx + xx, top + yy)
    } else {
      for (let k = 1; k < px - 1; k++) { put(cx + 1, Math.round(y) + k); put(cx + px - 2, Math.round(y) + k); put(cx + k, Math.round(y) + 1); put(cx + k, Math.round(y) + px - 2) }
    }
    cx += w
  }
}
