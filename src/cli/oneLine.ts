import { UsageError } from './usageError.ts'

/** What to do about the system errors a user can cause (a busy port, a folder they cannot write). */
const ADVICE: Record<string, string> = {
  EADDRINUSE: 'another program listens there: stop it or choose another --port (0: any free port)',
  EACCES: 'permission denied: choose a path or port you may use',
  EPERM: 'permission denied: choose a path or port you may use',
  EROFS: 'the file system is read-only: choose a writable path',
  ENOSPC: 'the disk is full: free some space or choose another path',
  ENOTDIR: 'a part of the path is a file, not a folder: fix the path',
  EEXIST: 'a part of the path is a file, not a folder: fix the path',
  EISDIR: 'that is a folder: give a file name',
  ENOENT: 'no such file or folder: check the path',
  ECONNREFUSED: 'nothing listens there',
  ENOTFOUND: 'no such host',
  ETIMEDOUT: 'no answer in time',
}

/** An error's first line, with its cause's when it has one (fetch: "fetch failed" caused by ECONNREFUSED). */
export function describe(err: unknown): string {
  const first = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim()
  const cause = (err as { cause?: unknown })?.cause
  return cause ? `${first(err)}: ${first(cause)}` : first(err)
}

/** An error as the one line the CLI prints: what went wrong, and what to do for a known system error. */
export function oneLine(err: unknown): string {
  if (err instanceof UsageError) return err.message
  const e = err as { code?: string; cause?: { code?: string } }
  const code = e?.code ?? e?.cause?.code
  const advice = code ? ADVICE[code] : undefined
  return advice ? `${describe(err)} (${advice})` : `${describe(err)} (unexpected: run again with BAOMING_DEBUG=1 for the stack trace, and report it)`
}
