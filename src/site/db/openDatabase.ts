import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { MIGRATIONS } from './migrations.ts'

export type Db = Database.Database

/** Opens (creating) dataDir/baoming.sqlite in WAL mode and brings its schema up to date; each SQL text is prepared once. */
export function openDatabase(dataDir: string, migrations: readonly string[] = MIGRATIONS): Db {
  mkdirSync(dataDir, { recursive: true })
  const db = preparedOnce(new Database(join(dataDir, 'baoming.sqlite')))
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db, migrations)
  return db
}

/** Applies the migrations the database has not seen, all in one transaction. Returns the new version. */
export function migrate(db: Db, migrations: readonly string[]): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)')
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined
  const from = row?.version ?? 0
  if (from > migrations.length) throw new Error(`database schema version ${from} is newer than this program (${migrations.length})`)
  db.transaction(() => {
    for (const sql of migrations.slice(from)) db.exec(sql)
    if (row) db.prepare('UPDATE schema_version SET version = ?').run(migrations.length)
    else db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(migrations.length)
  })()
  return migrations.length
}

// The stores call db.prepare(sql) where they run it: compiling the same SQL again on every request was
// a tenth of a page's CPU. The statement of a text is kept and reused (the site never sets pluck/raw/expand
// on one, and better-sqlite3 re-prepares a kept statement itself after a schema change).
const PREPARED_MAX = 512

function preparedOnce(db: Db): Db {
  const prepare = db.prepare.bind(db)
  const kept = new Map<string, Database.Statement>()
  db.prepare = ((sql: string) => {
    let statement = kept.get(sql)
    if (!statement) {
      statement = prepare(sql)
      if (kept.size >= PREPARED_MAX) kept.delete(kept.keys().next().value!)
      kept.set(sql, statement)
    }
    return statement
  }) as Db['prepare']
  return db
}
