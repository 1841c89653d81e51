import { describe, expect, it } from 'vitest'
import { drawDocument } from '../../src/generator/images/draw.ts'
import { raster, text, textWidth, type Raster } from '../../src/generator/images/raster.ts'

// Where the material drawings put things: the title centred in the top bar (white on blue), the
// candidate's name below it at the left margin. Checked on the pixels, not the arithmetic.

const px = (r: Raster, x: number, y: number) => [...r.data.subarray((y * r.width + x) * 4, (y * r.width + x) * 4 + 3)]
const isRgb = (rgb: readonly number[]) => (r: Raster, x: number, y: number) => px(r, x, y).every((v, i) => v === rgb[i])

/** Bounding box [left, top, right, bottom) of the pixels matching, or null. */
function box(r: Raster, match: (r: Raster, x: number, y: number) => boolean): [number, number, number, number] | null {
  let l = Infinity, t = Infinity, rt = -1, b = -1
  for (let y = 0; y < r.height; y++) for (let x = 0; x < r.width; x++) {
    if (match(r, x, y)) { l = Math.min(l, x); t = Math.min(t, y); rt = Math.max(rt, x + 1); b = Math.max(b, y + 1) }
  }
  return rt < 0 ? null : [l, t, rt, b]
}

/** Ink box of a text drawn alone at (0, 0). */
function alone(title: string, scale: number): [number, number, number, number] {
  const r = raster(textWidth(title, scale), 7 * scale, [0, 0, 0])
  text(r, 0, 0, title, scale, [255, 255, 255])
  return box(r, isRgb([255, 255, 255]))!
}

describe('drawDocument', () => {
  it.each([
    [800, 1131, 'DIPLOMA'],
    [400, 300, 'IDENTITY'],
    [640, 480, 'VERIFICATION REPORT'],
  ])('centres the title in the bar of a %i×%i page (%s)', (width, height, title) => {
    const r = drawDocument(width, height, title, 'ZHANG WEI')
    const bar = Math.round(height * 0.1)
    const white = box(r, isRgb([255, 255, 255]))
    expect(white, 'the title is drawn in white').not.toBeNull()
    const [l, t, rt, b] = white!
    expect(b).toBeLessThanOrEqual(bar) // inside the bar
    // The same title drawn alone at the origin: its ink box tells the scale and where the ink sits in the text box.
    const scale = [1, 2, 3, 4, 5, 6, 7, 8].find((k) => { const a = alone(title, k); return a[2] - a[0] === rt - l && a[3] - a[1] === b - t })
    expect(scale, 'the title is drawn at a whole scale').toBeDefined()
    const a = alone(title, scale!)
    const [x, y] = [l - a[0], t - a[1]] // the text box's top-left corner on the page
    // As much page left and right of the text box, and as much bar above and below it.
    expect(Math.abs(x - (width - x - textWidth(title, scale!)))).toBeLessThanOrEqual(1)
    expect(Math.abs(y - (bar - y - 7 * scale!))).toBeLessThanOrEqual(1)
  })

  it('writes the name in ink at the left margin under the bar', () => {
    const width = 800, height = 1131
    const r = drawDocument(width, height, 'DIPLOMA', 'ZHANG WEI')
    const ink = box(r, isRgb([40, 40, 40]))
    expect(ink).not.toBeNull()
    const [l, t] = ink!
    expect(l).toBe(Math.round(width * 0.08))
    expect(t).toBe(Math.round(height * 0.1) + Math.round(height * 0.05))
  })
})

describe('text', () => {
  it('draws lower-case letters as their capitals (the font has capitals only)', () => {
    const lower = raster(60, 10, [255, 255, 255])
    const upper = raster(60, 10, [255, 255, 255])
    text(lower, 1, 1, 'zhang', 1, [0, 0, 0])
    text(upper, 1, 1, 'ZHANG', 1, [0, 0, 0])
    expect(lower.data.equals(upper.data)).toBe(true)
    expect(box(lower, isRgb([0, 0, 0]))).not.toBeNull()
  })
})
