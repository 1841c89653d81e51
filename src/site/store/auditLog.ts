import type { Db } from '../db/openDatabase.ts'

/** One reviewer action: who, what, when, on which candidate. */
export interface AuditEntry { id: number; actorId: number; actor: string; action: string; appId: number; candidateId: number; candidate: string; detail: string; at: string }

/** The audit log of every reviewer (and system) decision; append-only. */
export class AuditLog {
  constructor(private readonly db: Db) {}

  add(e: Omit<AuditEntry, 'id' | 'actor' | 'candidate'>): void {
    this.db.prepare('INSERT INTO audit_log (actor_id, action, app_id, candidate_id, detail, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(e.actorId, e.action, e.appId, e.candidateId, e.detail, e.at)
  }

  /** Newest first, optionally of one application. */
  list(appId?: number): AuditEntry[] {
    const sql = `SELECT a.id, a.actor_id AS actorId, u.username AS actor, a.action, a.app_id AS appId, a.candidate_id AS candidateId,
      c.display_name AS candidate, a.detail, a.at FROM audit_log a JOIN users u ON u.id = a.actor_id JOIN users c ON c.id = a.candidate_id
      ${appId ? 'WHERE a.app_id = ?' : ''} ORDER BY a.id DESC`
    return this.db.prepare(sql).all(...(appId ? [appId] : [])) as AuditEntry[]
  }
}
