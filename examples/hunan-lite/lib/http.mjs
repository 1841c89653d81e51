import { Refusal } from './problems.mjs'

// Request bodies (JSON, urlencoded forms, multipart with one file) and responses.
const MAX_BODY = 2 * 1024 * 1024

async function readRaw(req) {
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > MAX_BODY) throw new Refusal(413, [{ field: 'body', text: '提交的内容过大（上限2MB）' }])
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function parseMultipart(buf, boundary) {
  const fields = {}
  const files = {}
  const delimiter = Buffer.from(`--${boundary}`)
  let start = buf.indexOf(delimiter)
  while (start !== -1) {
    const next = buf.indexOf(delimiter, start + delimiter.length)
    if (next === -1) break
    const part = buf.subarray(start + delimiter.length + 2, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8')
      const body = part.subarray(headerEnd + 4)
      const name = /name="([^"]*)"/.exec(headers)?.[1]
      const fileName = /filename="([^"]*)"/.exec(headers)?.[1]
      if (name !== undefined && fileName !== undefined) files[name] = { fileName, data: body }
      else if (name !== undefined) fields[name] = body.toString('utf8')
    }
    start = next
  }
  return { fields, files }
}

/** The request body as `{ fields, files }`, whatever its content type. */
export async function readBody(req) {
  const raw = await readRaw(req)
  const type = req.headers['content-type'] ?? ''
  if (raw.length === 0) return { fields: {}, files: {} }
  if (type.startsWith('application/json')) {
    try {
      const parsed = JSON.parse(raw.toString('utf8'))
      return { fields: parsed && typeof parsed === 'object' ? parsed : {}, files: {} }
    } catch {
      throw new Refusal(400, [{ field: 'body', text: '请求内容不是有效的JSON' }])
    }
  }
  if (type.startsWith('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type)
    return boundary ? parseMultipart(raw, boundary[1] ?? boundary[2]) : { fields: {}, files: {} }
  }
  const fields = {}
  for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) {
    fields[k] = k in fields ? [fields[k], v].flat() : v
  }
  return { fields, files: {} }
}

/** Cookies of a request. */
export function cookies(req) {
  return Object.fromEntries((req.headers.cookie ?? '').split(';').map((c) => c.trim().split('=')).filter((c) => c.length === 2))
}

export function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

export function sendHtml(res, status, html, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers })
  res.end(html)
}

export function redirect(res, location, headers = {}) {
  res.writeHead(303, { location: location.replace(/[^\x00-\x7f]/g, encodeURIComponent), ...headers })
  res.end()
}
