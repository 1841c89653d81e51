import { fillEllipse, fillRect, raster, text, textWidth, type Raster } from './raster.ts'

// What a material image shows: a light page with a title bar, the title and the candidate's name
// in capitals, and grey lines standing in for the document's text. ID photos: a head-and-shoulders
// silhouette on white.

const PAGE = [250, 249, 244] as const
const BAR = [32, 72, 128] as const
const INK = [40, 40, 40] as const
const LINE = [200, 200, 196] as const

/** A document page: title bar, title, name, and ruled text lines; `variant` shifts the layout a little. */
export function drawDocument(width: number, height: number, title: string, name: string, variant = 0): Raster {
  const r = raster(width, height, PAGE)
  const bar = Math.round(height * 0.1)
  fillRect(r, 0, 0, width, bar, BAR)
  const scale = Math.max(1, Math.floor(Math.min(bar * 0.5 / 7, width * 0.9 / Math.max(1, textWidth(title, 1)))))
  text(r, Math.round((width - textWidth(title, scale)) / 2), Math.round((bar - 7 * scale) / 2), title, scale, [255, 255, 255])
  const nameScale = Math.max(1, Math.floor(Math.min(scale, width * 0.8 / Math.max(1, textWidth(name, 1)))))
  text(r, Math.round(width * 0.08), bar + Math.round(height * 0.05), name, nameScale, INK)
  const step = Math.max(6, Math.round(height * 0.035))
  for (let y = bar + Math.round(height * 0.15), i = 0; y < height * 0.92; y += step, i++) {
    fillRect(r, width * 0.08, y, width * (0.84 - ((i * 7 + variant) % 5) * 0.06), Math.max(1, step * 0.3), LINE)
  }
  return r
}

/** A small 2-inch ID photo: grey head and dark shoulders on a white background. */
export function drawIdPhoto(width: number, height: number, variant = 0): Raster {
  const r = raster(width, height, [255, 255, 255])
  const tone = 150 + (variant % 40)
  fillEllipse(r, width / 2, height * 0.95, width * 0.45, height * 0.3, [45, 55, 80])
  fillRect(r, width * 0.42, height * 0.52, width * 0.16, height * 0.16, [tone + 30, tone + 10, tone - 10])
  fillEllipse(r, width / 2, height * 0.38, width * 0.22, height * 0.2, [tone + 40, tone + 20, tone])
  fillEllipse(r, width / 2, height * 0.24, width * 0.23, height * 0.1, [30, 30, 30])
  return r
}
