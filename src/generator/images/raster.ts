import { GLYPHS } from './font.ts'

// A tiny RGBA raster: enough to draw flat documents and ID-photo silhouettes for the encoders.

export type Rgb = readonly [number, number, number]

export interface Raster { width: number; height: number; data: Buffer }

export function raster(width: number, height: number, bg: Rgb): Raster {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < data.length; i += 4) { data[i] = bg[0]; data[i + 1] = bg[1]; data[i + 2] = bg[2]; data[i + 3] = 255 }
  return { width, height, data }
}

export function fillRect(r: Raster, x0: number, y0: number, w: number, h: number, c: Rgb): void {
  const x1 = Math.min(r.width, Math.round(x0 + w)), y1 = Math.min(r.height, Math.round(y0 + h))
  for (let y = Math.max(0, Math.round(y0)); y < y1; y++) {
    for (let x = Math.max(0, Math.round(x0)); x < x1; x++) {
      const i = (y * r.width + x) * 4
      r.data[i] = c[0]; r.data[i + 1] = c[1]; r.data[i + 2] = c[2]
    }
  }
}

/** Fills the pixels inside an ellipse (centre, radii). */
export function fillEllipse(r: Raster, cx: number, cy: number, rx: number, ry: number, c: Rgb): void {
  for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(r.height, Math.ceil(cy + ry)); y++) {
    const dy = (y - cy) / ry
    const half = rx * Math.sqrt(Math.max(0, 1 - dy * dy))
    fillRect(r, cx - half, y, half * 2, 1, c)
  }
}

/** Draws text in the 5×7 font, `scale` pixels per font dot; unknown characters are left blank. */
export function text(r: Raster, x: number, y: number, s: string, scale: number, c: Rgb): void {
  let cx = x
  for (const ch of s.toUpperCase()) {
    const glyph = GLYPHS[ch] ?? GLYPHS[' ']!
    glyph.forEach((row, gy) => {
      for (let gx = 0; gx < 5; gx++) if (row & (0x10 >> gx)) fillRect(r, cx + gx * scale, y + gy * scale, scale, scale, c)
    })
    cx += 6 * scale
  }
}

/** Width in pixels of a text drawn at a scale. */
export const textWidth = (s: string, scale: number): number => s.length * 6 * scale
