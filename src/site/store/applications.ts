import type { Application as ApplicationData, Candidate } from '../../rules/candidate.ts'
import type { PaymentState, ReviewState } from '../../rules/lifecycle.ts'
import type { Db } from '../db/openDatabase.ts'

/** One application (报考项目) of a candidate. */
export interface StoredApplication {
  id: number
  userId: number
  examCode: string
  state: ReviewState
  payment: PaymentState
  /** Wizard step the candidate reached (2-6); 7 once submitted. */
  step: number
  data: ApplicationData
  recordIds: number[]
  /** The whole candidate as submitted: what the notice prints and reviewers see. */
  snapshot: Candidate | null
  createdAt: string
  submittedAt: string | null
  abandonedAt: string | null
}

/** States in which an application holds its records and blocks a new one. */
export const ACTIVE_STATES: readonly ReviewState[] = ['draft', 'submitted', 'under-review', 'returned', 'site-approved', 'approved']
/** States after submit in which the records it used are locked. */
export const LOCKING_STATES: readonly ReviewState[] = ACTIVE_STATES.filter((s) => s !== 'draft')

interface Row { id: number; userId: number; examCode: string; state: ReviewState; payment: PaymentState; step: number; data: string; recordIds: string; snapshot: string | null; createdAt: string; submittedAt: string | null; abandonedAt: string | null }
const COLUMNS = `id, user_id AS userId, exam_code AS examCode, state, payment, step, data, record_ids AS recordIds, snapshot,
  created_at AS createdAt, submitted_at AS submittedAt, abandoned_at AS abandonedAt`
const parse = (r: Row): StoredApplication => ({ ...r, data: JSON.parse(r.data), recordIds: JSON.parse(r.recordIds), snapshot: r.snapshot ? JSON.parse(r.snapshot) : null })

/** Applications and their state. */
export class Applications {
  constructor(private readonly db: Db) {}

  create(userId: number, data: ApplicationData, at: string): StoredApplication {
    const r = this.db.prepare("INSERT INTO applications (user_id, exam_code, state, data, created_at) VALUES (?, ?, 'draft', ?, ?)").run(userId, data.examCode, JSON.stringify(data), at)
    return this.byId(Number(r.lastInsertRowid))!
  }

  byId(id: number): StoredApplication | null {
    const r = this.db.prepare(`SELECT ${COLUMNS} FROM applications WHERE id = ?`).get(id) as Row | undefined
    return r ? parse(r) : null
  }

  /** Every application of a candidate, newest first. */
  ofUser(userId: number): StoredApplication[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM applications WHERE user_id = ? ORDER BY id DESC`).all(userId) as Row[]).map(parse)
  }

  /** The application that is not abandoned or closed, if any. */
  active(userId: number): StoredApplication | null {
    return this.ofUser(userId).find((a) => ACTIVE_STATES.includes(a.state)) ?? null
  }

  update(id: number, patch: Partial<Pick<StoredApplication, 'data' | 'recordIds' | 'step'>>): void {
    const cur = this.byId(id)!
    this.db.prepare('UPDATE applications SET data = ?, record_ids = ?, step = ? WHERE id = ?')
      .run(JSON.stringify(patch.data ?? cur.data), JSON.stringify(patch.recordIds ?? cur.recordIds), patch.step ?? cur.step, id)
  }

  submit(id: number, snapshot: Candidate, at: string): void {
    this.db.prepare("UPDATE applications SET state = 'submitted', step = 7, snapshot = ?, submitted_at = ?, data = ? WHERE id = ?")
      .run(JSON.stringify(snapshot), at, JSON.stringify(snapshot.application), id)
  }

  abandon(id: number, at: string): void {
    this.db.prepare("UPDATE applications SET state = 'abandoned', abandoned_at = ? WHERE id = ?").run(at, id)
  }

  /** Record IDs that an application past submit uses: they show the lock mark and cannot change. */
  lockedRecordIds(userId: number): Set<number> {
    const ids = this.ofUser(userId).filter((a) => LOCKING_STATES.includes(a.state)).flatMap((a) => a.recordIds)
    return new Set(ids)
  }
}
