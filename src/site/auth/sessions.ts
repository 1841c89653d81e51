import { randomBytes } from 'node:crypto'
import type { Db } from '../db/openDatabase.ts'
import type { Clock } from '../clock.ts'

/** A visitor's session: anonymous (userId null) until login; carries the CSRF token of its forms. */
export interface Session {
  id: string
  userId: number | null
  csrf: string
  expiresAt: string
}

/** Idle lifetime of a session. */
export const SESSION_TTL_MS = 2 * 3600_000
/** How far the idle expiry may lag before a request writes it again: a write (and its WAL fsync) on every page view cost more than the page. */
export const SESSION_SLIDE_MS = 60_000
/** Absolute lifetime: a session ends this long after it began, however busy. */
export const SESSION_MAX_MS = 12 * 3600_000
export const SESSION_COOKIE = 'bm_session'

const token = () => randomBytes(24).toString('base64url')

/** Session storage in SQLite, with expiry measured on its own clock (real time on a running site, not the exam calendar). */
export class Sessions {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  create(userId: number | null): Session {
    const s: Session = { id: token(), userId, csrf: token(), expiresAt: this.expiry() }
    this.db.prepare('INSERT INTO sessions (id, user_id, csrf, expires_at, created_at) VALUES (?, ?, ?, ?, ?)').run(s.id, s.userId, s.csrf, s.expiresAt, this.clock.now().toISOString())
    return s
  }

  /** The live session with this id (sliding its idle expiry, within SESSION_SLIDE_MS, up to its absolute end), or null when unknown or expired. */
  get(id: string | undefined): Session | null {
    if (!id) return null
    const found = this.db.prepare('SELECT id, user_id AS userId, csrf, expires_at AS expiresAt, created_at AS createdAt FROM sessions WHERE id = ?').get(id) as (Session & { createdAt: string }) | undefined
    if (!found) return null
    const { createdAt, ...row } = found
    const ended = createdAt !== '' && new Date(createdAt).getTime() + SESSION_MAX_MS <= this.clock.now().getTime()
    if (ended || row.expiresAt <= this.clock.now().toISOString()) {
      this.destroy(id)
      return null
    }
    const expiresAt = this.expiry()
    if (Date.parse(expiresAt) - Date.parse(row.expiresAt) >= SESSION_SLIDE_MS) {
      row.expiresAt = expiresAt
      this.db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?').run(expiresAt, id)
    }
    return row
  }

  destroy(id: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id)
  }

  /** Ends every session of a user (after a password change or reset). */
  destroyAllOf(userId: number): void {
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId)
  }

  private expiry(): string {
    return new Date(this.clock.now().getTime() + SESSION_TTL_MS).toISOString()
  }
}
