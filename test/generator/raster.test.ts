import { describe, expect, it } from 'vitest'
import { fillEllipse, raster, type Raster } from '../../src/generator/images/raster.ts'

// The drawing the generated photos and material images are made of: a filled ellipse covers the
// pixels inside it and nothing outside.

const WHITE = [255, 255, 255] as const
const INK = [10, 20, 30] as const
const inked = (r: Raster, x: number, y: number) => r.data[(y * r.width + x) * 4] === INK[0]

describe('fillEllipse', () => {
  it('fills the inside rows from top to bottom edge and leaves the outside alone', () => {
    const r = raster(40, 40, WHITE)
    fillEllipse(r, 20, 20, 10, 8, INK)
    expect(inked(r, 20, 20)).toBe(true)
    expect(inked(r, 20, 13)).toBe(true) // the top row with width (row 12 touches the ellipse at one point)
    expect(inked(r, 20, 27)).toBe(true) // the bottom row
    expect(inked(r, 20, 12)).toBe(false)
    expect(inked(r, 20, 28)).toBe(false)
    expect(inked(r, 11, 20)).toBe(true)
    expect(inked(r, 30, 20)).toBe(false)
    expect(inked(r, 10, 12)).toBe(false) // a corner of the bounding box
    const rows = Array.from({ length: 40 }, (_, y) => Array.from({ length: 40 }, (_, x) => inked(r, x, y)).some(Boolean))
    expect(rows.flatMap((on, y) => (on ? [y] : []))).toEqual(Array.from({ length: 15 }, (_, i) => 13 + i))
  })

  it('clips at the raster edges', () => {
    const r = raster(20, 20, WHITE)
    fillEllipse(r, 2, 2, 6, 6, INK)
    expect(inked(r, 0, 0)).toBe(true)
    expect(inked(r, 7, 2)).toBe(true)
    expect(inked(r, 19, 19)).toBe(false)
  })
})
