import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Db } from '../db/openDatabase.ts'

export interface StoredFile {
  id: string
  userId: number
  purpose: string
  fileName: string
  format: string
  bytes: number
  createdAt: string
}

/** Uploaded files under dataDir/files (never served as a folder); written to a temp name, then renamed. */
export class Files {
  private readonly dir: string
  constructor(private readonly db: Db, dataDir: string) {
    this.dir = join(dataDir, 'files')
    mkdirSync(this.dir, { recursive: true })
  }

  put(f: Omit<StoredFile, 'id'>, content: Uint8Array): StoredFile {
    const id = randomUUID()
    const tmp = join(this.dir, `${id}.part`)
    writeFileSync(tmp, content)
    renameSync(tmp, join(this.dir, id))
    this.db.prepare('INSERT INTO files (id, user_id, purpose, file_name, format, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, f.userId, f.purpose, f.fileName, f.format, f.bytes, f.createdAt)
    return { id, ...f }
  }

  meta(id: string): StoredFile | null {
    return (this.db.prepare('SELECT id, user_id AS userId, purpose, file_name AS fileName, format, bytes, created_at AS createdAt FROM files WHERE id = ?').get(id) as StoredFile | undefined) ?? null
  }

  read(id: string): Buffer {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad file id')
    return readFileSync(join(this.dir, id))
  }
}
