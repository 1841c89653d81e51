import { randomBytes, randomInt } from 'node:crypto'
import { html } from 'hono/html'
import type { Db } from '../db/openDatabase.ts'
import type { Clock } from '../clock.ts'

/** 'test' makes every answer TEST_CAPTCHA (printed at start) so scripts can log in; 'svg' draws random text. */
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

function drawSvg(text: string): string {
  const chars = [...text].map((ch, i) => html`<text x="${12 + i * 22}" y="${28 + randomInt(-4, 5)}" transform="rotate(${randomInt(-15, 16)} ${12 + i * 22} 24)">${ch}</text>`)
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="110" height="40" role="img" aria-label="验证码图片"><rect width="110" height="40" fill="#eef"/><line x1="0" y1="${randomInt(10, 30)}" x2="110" y2="${randomInt(10, 30)}" stroke="#99a"/><g font-family="monospace" font-size="22" fill="#225">${chars}</g></svg>`.toString()
}
