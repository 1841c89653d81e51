import type { Candidate } from '../../rules/candidate.ts'
import type { Db } from '../db/openDatabase.ts'

/** One trainee of the class: a code (t01), one password for all their accounts, their own 考点, their new-candidate handout. */
export interface Trainee { code: string; password: string; siteCode: string; handout: Candidate; createdAt: string }

/** One reviewer exercise with its answer key: the application, the planted fault, the material it is in, the right decision. */
export interface ExerciseItem { id: number; setId: number; trainee: string; appId: number; fault: string; material: string; expected: string }

/** A set of exercises a trainer started, with its seed. */
export interface ExerciseSet { id: number; seed: number; startedAt: string }

/** The class: trainees and the reviewer exercise sets with their answer keys. */
export class Classroom {
  constructor(private readonly db: Db) {}

  addTrainee(t: Trainee): void {
    this.db.prepare('INSERT INTO trainees (code, password, site_code, handout, created_at) VALUES (?, ?, ?, ?, ?)').run(t.code, t.password, t.siteCode, JSON.stringify(t.handout), t.createdAt)
  }

  trainees(): Trainee[] {
    const rows = this.db.prepare('SELECT code, password, site_code AS siteCode, handout, created_at AS createdAt FROM trainees ORDER BY code').all() as (Omit<Trainee, 'handout'> & { handout: string })[]
    return rows.map((r) => ({ ...r, handout: JSON.parse(r.handout) as Candidate }))
  }

  addSet(seed: number, at: string): ExerciseSet {
    const r = this.db.prepare('INSERT INTO exercise_sets (seed, started_at) VALUES (?, ?)').run(seed, at)
    return { id: Number(r.lastInsertRowid), seed, startedAt: at }
  }

  /** The set started last, if any. */
  currentSet(): ExerciseSet | null {
    return (this.db.prepare('SELECT id, seed, started_at AS startedAt FROM exercise_sets ORDER BY id DESC LIMIT 1').get() as ExerciseSet | undefined) ?? null
  }

  addItem(i: Omit<ExerciseItem, 'id'>): void {
    this.db.prepare('INSERT INTO exercise_items (set_id, trainee, app_id, fault, material, expected) VALUES (?, ?, ?, ?, ?, ?)').run(i.setId, i.trainee, i.appId, i.fault, i.material, i.expected)
  }

  items(setId: number): ExerciseItem[] {
    return this.db.prepare('SELECT id, set_id AS setId, trainee, app_id AS appId, fault, material, expected FROM exercise_items WHERE set_id = ? ORDER BY trainee, id').all(setId) as ExerciseItem[]
  }
}
