import { randomBytes, randomInt } from 'node:crypto'
import { html } from 'hono/html'
import type { Db } from '../db/openDatabase.ts'
import type { Clock } from '../clock.ts'
import { GLYPHS } from './captchaGlyphs.ts'

/** 'test' (only when started so, never the default) makes every answer TEST_CAPTCHA so scripts can log in; 'svg' draws random characters as paths. */
export type CaptchaMode = 'svg' | 'test'
export const TEST_CAPTCHA = '8888'
const TTL_MS = 10 * 60_000
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** Login captchas: issued, rendered as SVG, consumed once. */
export class Captchas {
  constructor(private readonly db: Db, private readonly clock: Clock, readonly mode: CaptchaMode) {}

  issue(): { id: string; svg: string } {
    const answer = this.mode === 'test' ? TEST_CAPTCHA : Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    const id = randomBytes(12).toString('base64url')
    const expires = new Date(this.clock.now().getTime() + TTL_MS).toISOString()
    this.db.prepare('INSERT INTO captchas (id, answer, expires_at) VALUES (?, ?, ?)').run(id, answer, expires)
    return { id, svg: drawSvg(answer) }
  }

  /** Checks and consumes a captcha (one try each), case-insensitively. */
  verify(id: string, answer: string): boolean {
    const row = this.db.prepare('SELECT answer, expires_at AS expiresAt FROM captchas WHERE id = ?').get(id) as { answer: string; expiresAt: string } | undefined
    this.db.prepare('DELETE FROM captchas WHERE id = ? OR expires_at <= ?').run(id, this.clock.now().toISOString())
    return Boolean(row && row.expiresAt > this.clock.now().toISOString() && row.answer.toUpperCase() === answer.trim().toUpperCase())
  }
}

const rnd = (lo: number, hi: number) => lo + (randomInt(0, 10_001) / 10_000) * (hi - lo)
const pt = (x: number, y: number) => `${x.toFixed(1)} ${y.toFixed(1)}`

/**
 * The answer drawn as paths only (no text for a script to read): each character's strokes from the
 * stroke font, scaled, rotated, sheared and jittered point by point at random, among noise curves
 * drawn in the same stroke so a shape alone does not tell glyph from noise.
 */
export function drawSvg(text: string): string {
  const W = 120, H = 44
  const glyphs = [...text].map((ch, i) => {
    const [sx, sy, angle, shear] = [rnd(3.2, 4.4), rnd(4.2, 5.4), rnd(-0.3, 0.3), rnd(-0.25, 0.25)]
    const [ox, oy] = [10 + i * 26 + rnd(-2, 2), 6 + rnd(-3, 3)]
    const place = (x: number, y: number) => {
      const [px, py] = [(x - 2 + shear * (y - 3)) * sx, (y - 3) * sy]
      return pt(ox + 8 + px * Math.cos(angle) - py * Math.sin(angle) + rnd(-0.8, 0.8), oy + 16 + px * Math.sin(angle) + py * Math.cos(angle) + rnd(-0.8, 0.8))
    }
    return GLYPHS[ch]!.split('|').map((stroke) => 'M' + stroke.split(' ').map((p) => { const [x, y] = p.split(',').map(Number) as [number, number]; return place(x, y) }).join('L')).join('')
  })
  const noise = Array.from({ length: 5 }, () => `M${pt(rnd(0, W), rnd(0, H))}C${pt(rnd(0, W), rnd(0, H))} ${pt(rnd(0, W), rnd(0, H))} ${pt(rnd(0, W), rnd(0, H))}`)
  const paths = [...glyphs, ...noise].sort(() => randomInt(0, 2) - 0.5)
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="验证码图片"><rect width="${W}" height="${H}" fill="#eef"/><g fill="none" stroke="#225" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${paths.map((d) => html`<path d="${d}"/>`)}</g></svg>`.toString()
}
