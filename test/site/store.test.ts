import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { migrate, openDatabase } from '../../src/site/db/openDatabase.ts'
import { MIGRATIONS } from '../../src/site/db/migrations.ts'
import { hashSecret, verifySecret } from '../../src/site/auth/password.ts'

const dirs: string[] = []
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'bm-db-')); dirs.push(d); return d }
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }) })

describe('database', () => {
  test('opens in WAL mode and records the schema version', () => {
    const db = openDatabase(tmp())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.prepare('SELECT version FROM schema_version').get()).toEqual({ version: MIGRATIONS.length })
    db.close()
  })

  test('applies only the migrations a database has not seen', () => {
    const dir = tmp()
    openDatabase(dir).close()
    const db = openDatabase(dir, [...MIGRATIONS, 'CREATE TABLE extra (id INTEGER)'])
    expect(db.prepare('SELECT version FROM schema_version').get()).toEqual({ version: MIGRATIONS.length + 1 })
    expect(() => db.prepare('SELECT * FROM extra').all()).not.toThrow()
    db.close()
  })

  test('a failing migration changes nothing', () => {
    const db = openDatabase(tmp())
    expect(() => migrate(db, [...MIGRATIONS, 'CREATE TABLE ok (id INTEGER)', 'THIS IS NOT SQL'])).toThrow()
    expect(db.prepare('SELECT version FROM schema_version').get()).toEqual({ version: MIGRATIONS.length })
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok'").get()).toBeUndefined()
    db.close()
  })

  test('refuses a database newer than the program', () => {
    const dir = tmp()
    openDatabase(dir, [...MIGRATIONS, 'SELECT 1']).close()
    expect(() => openDatabase(dir)).toThrow(/newer/)
  })

  test('the deadlines\' reads by state and payment use an index, not a scan of every application', () => {
    const db = openDatabase(tmp())
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ')
    expect(plan("SELECT id FROM applications WHERE state = 'rejected' AND payment = 'paid'")).toMatch(/USING (COVERING )?INDEX applications_state/)
    expect(plan("SELECT DISTINCT state, payment FROM applications WHERE state IN ('submitted', 'approved')")).toMatch(/USING (COVERING )?INDEX applications_state/)
    db.close()
  })

  test('one candidate account per identity document', () => {
    const db = openDatabase(tmp())
    const insert = db.prepare("INSERT INTO users (username, role, password_hash, id_type, id_number, created_at) VALUES (?, 'candidate', 'x', '居民身份证', '110101200001011234', '')")
    insert.run('a')
    expect(() => insert.run('b')).toThrow(/UNIQUE/)
    db.close()
  })
})

describe('passwords', () => {
  test('scrypt hashes verify, with a fresh salt each time', () => {
    const h = hashSecret('Abc12345')
    expect(h).toMatch(/^scrypt\$/)
    expect(hashSecret('Abc12345')).not.toBe(h)
    expect(verifySecret('Abc12345', h)).toBe(true)
    expect(verifySecret('abc12345', h)).toBe(false)
    expect(verifySecret('Abc12345', 'garbage')).toBe(false)
  })
})
