import { randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
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

  /**
   * Writes content durably under a new id without referencing it: the caller inserts the row (insertRow)
   * in its own transaction, or drops it. One flush, in libuv's threadpool (a disk flush never stalls other
   * requests): the name is new and nothing refers to it until the row commits, so a crash mid-write leaves
   * an unreferenced file that collectOrphans removes, never a half-written file a row points to.
   */
  async writeBlob(content: Uint8Array): Promise<string> {
    const id = randomUUID()
    const file = await open(join(this.dir, id), 'wx')
    try {
      await file.writeFile(content)
      await file.sync()
    } finally {
      await file.close()
    }
    return id
  }

  /** References a blob written by writeBlob. */
  insertRow(id: string, f: Omit<StoredFile, 'id'>): StoredFile {
    this.db.prepare('INSERT INTO files (id, user_id, purpose, file_name, format, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, f.userId, f.purpose, f.fileName, f.format, f.bytes, f.createdAt)
    return { id, ...f }
  }

  /** Removes a file's row and its content (the row first: nothing references a missing file). */
  remove(id: string): Promise<void> {
    this.db.prepare('DELETE FROM files WHERE id = ?').run(id)
    return this.dropBlob(id)
  }

  /**
   * Deletes a blob that no row references (a refused upload, a deleted image), in libuv's threadpool;
   * one the process dies before deleting is an orphan collectOrphans removes at the next start.
   */
  async dropBlob(id: string): Promise<void> {
    if (/^[0-9a-f-]{36}$/.test(id)) await rm(join(this.dir, id), { force: true }).catch(() => undefined)
  }

  /** The bytes a user's stored files take (the upload quota counts them). */
  bytesOf(userId: number): number {
    return (this.db.prepare('SELECT COALESCE(SUM(bytes), 0) AS n FROM files WHERE user_id = ?').get(userId) as { n: number }).n
  }

  /**
   * Deletes what a crash can leave in the files folder: half-written temp files and blobs no row
   * references (written, then the process died before its transaction). Run at start, before serving.
   */
  collectOrphans(): string[] {
    const known = new Set((this.db.prepare('SELECT id FROM files').all() as { id: string }[]).map((r) => r.id))
    const orphans = readdirSync(this.dir).filter((name) => name.endsWith('.part') || (/^[0-9a-f-]{36}$/.test(name) && !known.has(name)))
    for (const name of orphans) rmSync(join(this.dir, name), { force: true })
    return orphans
  }

  meta(id: string): StoredFile | null {
    return (this.db.prepare('SELECT id, user_id AS userId, purpose, file_name AS fileName, format, bytes, created_at AS createdAt FROM files WHERE id = ?').get(id) as StoredFile | undefined) ?? null
  }

  read(id: string): Buffer {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad file id')
    return readFileSync(join(this.dir, id))
  }
}
