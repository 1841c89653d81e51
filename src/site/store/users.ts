import type { Db } from '../db/openDatabase.ts'
import { hashSecret, verifySecret } from '../auth/password.ts'

export const ROLES = ['candidate', 'site-reviewer', 'region-reviewer', 'admin'] as const
export type Role = (typeof ROLES)[number]
/** How each role is named on the pages. */
export const ROLE_NAMES: Record<Role, string> = { candidate: '考生', 'site-reviewer': '考点审核人员', 'region-reviewer': '考区审核人员', admin: '系统管理员' }

export interface User {
  id: number
  username: string
  role: Role
  displayName: string
  idType: string | null
  idNumber: string | null
  recoveryQuestion: string
  areaCode: string | null
  siteCode: string | null
  /** Code of the trainee whose copy of the scenarios this account belongs to (null: not a trainee's). */
  trainee: string | null
  createdAt: string
}

export interface NewUser {
  username: string
  role: Role
  /** The password, or its hash already made (hashSecret) when many accounts share one. */
  password: string | { hash: string }
  displayName: string
  recoveryQuestion?: string
  recoveryAnswer?: string
  idType?: string
  idNumber?: string
  areaCode?: string
  siteCode?: string
  trainee?: string
}

const COLUMNS = `id, username, role, display_name AS displayName, id_type AS idType, id_number AS idNumber,
  recovery_question AS recoveryQuestion, area_code AS areaCode, site_code AS siteCode, trainee, created_at AS createdAt`

/** Accounts of every role; secrets are stored only as scrypt hashes. */
export class Users {
  /** `fastHash`: cheap scrypt for conformance fixtures (see auth/password.ts). */
  constructor(private readonly db: Db, private readonly fastHash = false) {}

  create(u: NewUser, at: string): User {
    const r = this.db.prepare(`INSERT INTO users (username, role, password_hash, recovery_question, recovery_answer_hash, display_name, id_type, id_number, area_code, site_code, trainee, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      u.username, u.role, typeof u.password === 'string' ? hashSecret(u.password, this.fastHash) : u.password.hash, u.recoveryQuestion ?? '', u.recoveryAnswer ? hashSecret(u.recoveryAnswer, this.fastHash) : '',
      u.displayName, u.idType ?? null, u.idNumber ?? null, u.areaCode ?? null, u.siteCode ?? null, u.trainee ?? null, at)
    return this.byId(Number(r.lastInsertRowid))!
  }

  /** The hash of a password as this store makes it (for accounts sharing one password). */
  hash(password: string): string {
    return hashSecret(password, this.fastHash)
  }

  byId(id: number): User | null {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as User | undefined) ?? null
  }

  byUsername(username: string): User | null {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM users WHERE username = ?`).get(username) as User | undefined) ?? null
  }

  /** The candidate account already registered with this identity document, if any. */
  byIdentity(idType: string, idNumber: string): User | null {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM users WHERE role = 'candidate' AND id_type = ? AND id_number = ?`).get(idType, idNumber) as User | undefined) ?? null
  }

  /** The candidate account with this document number, whatever its type (找回密码 asks for the number only). */
  byIdNumber(idNumber: string): User | null {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM users WHERE role = 'candidate' AND id_number = ? ORDER BY id`).get(idNumber) as User | undefined) ?? null
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n
  }

  list(role?: Role): User[] {
    return (role ? this.db.prepare(`SELECT ${COLUMNS} FROM users WHERE role = ? ORDER BY id`).all(role) : this.db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY id`).all()) as User[]
  }

  /** Spends what checking a password costs and says no: an unknown account answers as slowly as a known one. */
  checkNobody(secret: string): false {
    this.nobody ??= hashSecret('nobody has this password', this.fastHash)
    verifySecret(secret, this.nobody)
    return false
  }
  private nobody: string | undefined

  checkPassword(userId: number, password: string): boolean {
    const row = this.db.prepare('SELECT password_hash AS h FROM users WHERE id = ?').get(userId) as { h: string } | undefined
    return Boolean(row && verifySecret(password, row.h))
  }

  checkRecoveryAnswer(userId: number, answer: string): boolean {
    const row = this.db.prepare('SELECT recovery_answer_hash AS h FROM users WHERE id = ?').get(userId) as { h: string } | undefined
    return Boolean(row?.h && verifySecret(answer, row.h))
  }

  setPassword(userId: number, password: string): void {
    this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hashSecret(password, this.fastHash), userId)
  }

  setRecovery(userId: number, question: string, answer: string): void {
    this.db.prepare('UPDATE users SET recovery_question = ?, recovery_answer_hash = ? WHERE id = ?').run(question, hashSecret(answer, this.fastHash), userId)
  }
}
