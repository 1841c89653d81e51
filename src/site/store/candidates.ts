import type { Candidate, Certificate, EducationRecord, TrainingRecord } from '../../rules/candidate.ts'
import type { Db } from '../db/openDatabase.ts'
import { blankCandidate } from './blankCandidate.ts'
import { RECORD_DB_KIND, RECORD_KINDS, type RecordKind } from '../forms/forms.ts'

/** A record of a list, without the per-application `selected` flag. */
export type RecordData = Omit<EducationRecord, 'selected'> | Omit<TrainingRecord, 'selected'> | Omit<Certificate, 'selected'>

/** A stored record with its marks: `locked` when an application uses it, `verified` once checked. */
export interface StoredRecord {
  id: number
  kind: RecordKind
  data: RecordData
  verified: boolean
}

/** Personal information without the record lists and the application (stored apart). */
export type Personal = Omit<Candidate, 'education' | 'training' | 'certificates' | 'application'>

/** Personal information and the record lists of candidates. */
export class Candidates {
  constructor(private readonly db: Db) {}

  create(userId: number, personal: Personal, at: string): void {
    this.db.prepare('INSERT INTO candidates (user_id, data, updated_at) VALUES (?, ?, ?)').run(userId, JSON.stringify(strip(personal)), at)
  }

  personal(userId: number): Personal {
    const row = this.db.prepare('SELECT data FROM candidates WHERE user_id = ?').get(userId) as { data: string } | undefined
    if (!row) throw new Error(`no candidate record for user ${userId}`)
    const { education: _e, training: _t, certificates: _c, application: _a, ...blank } = blankCandidate()
    return { ...blank, ...JSON.parse(row.data) }
  }

  savePersonal(userId: number, personal: Personal, at: string): void {
    this.db.prepare('UPDATE candidates SET data = ?, updated_at = ? WHERE user_id = ?').run(JSON.stringify(strip(personal)), at, userId)
  }

  records(userId: number, kind?: RecordKind): StoredRecord[] {
    const rows = this.db.prepare('SELECT id, kind, data, verified FROM records WHERE user_id = ? ORDER BY id').all(userId) as { id: number; kind: string; data: string; verified: number }[]
    return rows
      .map((r) => ({ id: r.id, kind: RECORD_KINDS.find((k) => RECORD_DB_KIND[k] === r.kind)!, data: JSON.parse(r.data) as RecordData, verified: r.verified === 1 }))
      .filter((r) => !kind || r.kind === kind)
  }

  record(userId: number, id: number): StoredRecord | null {
    return this.records(userId).find((r) => r.id === id) ?? null
  }

  addRecord(userId: number, kind: RecordKind, data: RecordData, at: string): number {
    const r = this.db.prepare('INSERT INTO records (user_id, kind, data, created_at) VALUES (?, ?, ?, ?)').run(userId, RECORD_DB_KIND[kind], JSON.stringify(data), at)
    return Number(r.lastInsertRowid)
  }

  updateRecord(userId: number, id: number, data: RecordData): void {
    this.db.prepare('UPDATE records SET data = ? WHERE id = ? AND user_id = ?').run(JSON.stringify(data), id, userId)
  }

  deleteRecord(userId: number, id: number): void {
    this.db.prepare('DELETE FROM records WHERE id = ? AND user_id = ?').run(id, userId)
  }

  setVerified(id: number, verified: boolean): void {
    this.db.prepare('UPDATE records SET verified = ? WHERE id = ?').run(verified ? 1 : 0, id)
  }

  setPhotoFile(userId: number, fileId: string | null): void {
    this.db.prepare('UPDATE candidates SET photo_file = ? WHERE user_id = ?').run(fileId, userId)
  }

  photoFile(userId: number): string | null {
    return (this.db.prepare('SELECT photo_file AS f FROM candidates WHERE user_id = ?').get(userId) as { f: string | null } | undefined)?.f ?? null
  }
}

// Secrets never go into the JSON: they live hashed in users.
function strip(p: Personal): Personal {
  const { education: _e, training: _t, certificates: _c, application: _a, ...rest } = p as Candidate
  return { ...rest, password: '', recoveryAnswer: '' }
}
