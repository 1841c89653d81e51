import type { LifecycleEvent } from '../../rules/lifecycle.ts'
import type { Db } from '../db/openDatabase.ts'

/** A candidate's skills-exam result: 'pending' until an administrator publishes 'passed' or 'failed'. */
export type SkillsResult = LifecycleEvent['skillsResult']

/** Skills-exam results per application (one row once published; none: pending). */
export class SkillsResults {
  constructor(private readonly db: Db) {}

  of(appId: number): SkillsResult {
    return (this.db.prepare('SELECT result FROM skills_results WHERE app_id = ?').get(appId) as { result: SkillsResult } | undefined)?.result ?? 'pending'
  }

  /** Publishes (or corrects) a result; 'pending' withdraws a published one. */
  set(appId: number, result: SkillsResult, by: number, at: string): void {
    if (result === 'pending') this.db.prepare('DELETE FROM skills_results WHERE app_id = ?').run(appId)
    else {
      this.db.prepare(`INSERT INTO skills_results (app_id, result, set_by, set_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (app_id) DO UPDATE SET result = excluded.result, set_by = excluded.set_by, set_at = excluded.set_at`).run(appId, result, by, at)
    }
  }
}
