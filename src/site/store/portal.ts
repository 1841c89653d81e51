import type { ReviewState } from '../../rules/lifecycle.ts'
import type { Db } from '../db/openDatabase.ts'

/** One image stored for a material of an application. */
export interface MaterialImage { id: number; appId: number; material: string; fileId: string; createdAt: string }

/** One line of 考务人员反馈信息. */
export interface Feedback { id: number; appId: number; at: string; text: string }

/** What review adds to an application: levels passed, the materials a return unlocked, deadlines. */
export interface ReviewExtras {
  reviewsPassed: number
  unlocked: string[]
  resubmitDue: string | null
  declared: boolean
  withdrawReason: '' | 'unpaid' | 'no-materials'
}

const EXTRAS_DEFAULT: ReviewExtras = { reviewsPassed: 0, unlocked: [], resubmitDue: null, declared: false, withdrawReason: '' }

/** The materials portal's data: activation, portal sessions, images, review extras, feedback. */
export class Portal {
  constructor(private readonly db: Db) {}

  activatedAt(userId: number): string | null {
    return (this.db.prepare('SELECT activated_at AS a FROM portal_entries WHERE user_id = ?').get(userId) as { a: string } | undefined)?.a ?? null
  }

  /** Records the first entry (activation) and authorises this session for the portal. */
  authorise(userId: number, sessionId: string, at: string): void {
    this.db.prepare('INSERT OR IGNORE INTO portal_entries (user_id, activated_at) VALUES (?, ?)').run(userId, at)
    this.db.prepare('INSERT OR REPLACE INTO portal_sessions (session_id, user_id) VALUES (?, ?)').run(sessionId, userId)
  }

  authorised(userId: number, sessionId: string): boolean {
    return Boolean(this.db.prepare('SELECT 1 FROM portal_sessions WHERE session_id = ? AND user_id = ?').get(sessionId, userId))
  }

  images(appId: number, material?: string): MaterialImage[] {
    const sql = `SELECT id, app_id AS appId, material, file_id AS fileId, created_at AS createdAt FROM material_images WHERE app_id = ?${material ? ' AND material = ?' : ''} ORDER BY id`
    return this.db.prepare(sql).all(...(material ? [appId, material] : [appId])) as MaterialImage[]
  }

  count(appId: number, material: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM material_images WHERE app_id = ? AND material = ?').get(appId, material) as { n: number }).n
  }

  /** Images stored per material ID. */
  counts(appId: number): Record<string, number> {
    const rows = this.db.prepare('SELECT material, count(*) AS n FROM material_images WHERE app_id = ? GROUP BY material').all(appId) as { material: string; n: number }[]
    return Object.fromEntries(rows.map((r) => [r.material, r.n]))
  }

  image(id: number): MaterialImage | null {
    return (this.db.prepare('SELECT id, app_id AS appId, material, file_id AS fileId, created_at AS createdAt FROM material_images WHERE id = ?').get(id) as MaterialImage | undefined) ?? null
  }

  /** The image that holds a stored file, if any. */
  imageOfFile(fileId: string): MaterialImage | null {
    return (this.db.prepare('SELECT id, app_id AS appId, material, file_id AS fileId, created_at AS createdAt FROM material_images WHERE file_id = ?').get(fileId) as MaterialImage | undefined) ?? null
  }

  addImage(appId: number, material: string, fileId: string, at: string): MaterialImage {
    const r = this.db.prepare('INSERT INTO material_images (app_id, material, file_id, created_at) VALUES (?, ?, ?, ?)').run(appId, material, fileId, at)
    return this.image(Number(r.lastInsertRowid))!
  }

  deleteImage(id: number): void {
    this.db.prepare('DELETE FROM material_images WHERE id = ?').run(id)
  }

  extras(appId: number): ReviewExtras {
    const r = this.db.prepare('SELECT reviews_passed AS reviewsPassed, unlocked, resubmit_due AS resubmitDue, declared, withdraw_reason AS withdrawReason FROM reviews WHERE app_id = ?').get(appId) as
      { reviewsPassed: number; unlocked: string; resubmitDue: string | null; declared: number; withdrawReason: ReviewExtras['withdrawReason'] } | undefined
    return r ? { ...r, unlocked: JSON.parse(r.unlocked), declared: r.declared === 1 } : { ...EXTRAS_DEFAULT }
  }

  setExtras(appId: number, patch: Partial<ReviewExtras>): void {
    const e = { ...this.extras(appId), ...patch }
    this.db.prepare(`INSERT INTO reviews (app_id, reviews_passed, unlocked, resubmit_due, declared, withdraw_reason) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (app_id) DO UPDATE SET reviews_passed = excluded.reviews_passed, unlocked = excluded.unlocked, resubmit_due = excluded.resubmit_due,
      declared = excluded.declared, withdraw_reason = excluded.withdraw_reason`)
      .run(appId, e.reviewsPassed, JSON.stringify(e.unlocked), e.resubmitDue, e.declared ? 1 : 0, e.withdrawReason)
  }

  /** Moves an application from one review state to another; false when it was no longer in `from` (a race lost). */
  moveState(appId: number, from: ReviewState, to: ReviewState): boolean {
    return this.db.prepare('UPDATE applications SET state = ? WHERE id = ? AND state = ?').run(to, appId, from).changes === 1
  }

  setPayment(appId: number, payment: 'unpaid' | 'paid' | 'refunded'): void {
    this.db.prepare('UPDATE applications SET payment = ? WHERE id = ?').run(payment, appId)
  }

  addFeedback(appId: number, text: string, at: string): void {
    this.db.prepare('INSERT INTO feedback (app_id, at, text) VALUES (?, ?, ?)').run(appId, at, text)
  }

  /** 考务人员反馈信息, newest first. */
  feedback(appId: number): Feedback[] {
    return this.db.prepare('SELECT id, app_id AS appId, at, text FROM feedback WHERE app_id = ? ORDER BY at DESC, id DESC').all(appId) as Feedback[]
  }
}
