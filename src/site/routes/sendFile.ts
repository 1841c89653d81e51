import type { Ctx } from './env.ts'

const TYPES: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png' }

/**
 * Answers with a stored upload: its type from the format the site detected (never the uploader's),
 * as an attachment-safe inline file named by the server, not sniffable, never cached by a proxy.
 */
export function sendFile(c: Ctx, bytes: Uint8Array, format: string, name: string): Response {
  const type = TYPES[format] ?? 'application/octet-stream'
  const disposition = type === 'application/octet-stream' ? 'attachment' : 'inline'
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': type, 'content-disposition': `${disposition}; filename="${name}.${format === 'jpeg' ? 'jpg' : format}"`,
    'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store',
  })
}
