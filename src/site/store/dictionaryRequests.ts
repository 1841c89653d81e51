import type { Db } from '../db/openDatabase.ts'

export interface DictionaryRequest {
  id: number
  userId: number
  kind: 'school' | 'unit'
  name: string
  division: string
  note: string
  status: string
  createdAt: string
}

/** Requests to add a school or work unit missing from the dictionary (申请添加数据字典库). */
export class DictionaryRequests {
  constructor(private readonly db: Db) {}

  add(r: Omit<DictionaryRequest, 'id' | 'status'>): DictionaryRequest {
    const res = this.db.prepare('INSERT INTO dictionary_requests (user_id, kind, name, division, note, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(r.userId, r.kind, r.name, r.division, r.note, r.createdAt)
    return { ...r, id: Number(res.lastInsertRowid), status: 'pending' }
  }

  ofUser(userId: number): DictionaryRequest[] {
    return this.db.prepare('SELECT id, user_id AS userId, kind, name, division, note, status, created_at AS createdAt FROM dictionary_requests WHERE user_id = ? ORDER BY id DESC').all(userId) as DictionaryRequest[]
  }
}
