import { HttpResponse } from 'msw'
import type { z } from 'zod'
import type { ErrorBody } from './contracts.ts'

// Handlers validate what they receive and answer 4xx with a message a person can act on (STYLE.md).

/** A JSON error answer in the ErrorBody contract. */
export function errorResponse(status: number, error: string, message: string, issues?: ErrorBody['issues']): Response {
  const body: ErrorBody = issues ? { error, message, issues } : { error, message }
  return HttpResponse.json(body, { status })
}

/** The parsed body, or the 400 answer that says what is wrong with it. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response }

/** Reads a JSON (or, for the order page's forms, urlencoded) body and validates it with `schema`. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const type = request.headers.get('content-type') ?? ''
  let raw: unknown
  try {
    const text = await request.text()
    // curl -d sends JSON labelled as a form: trust a body that looks like JSON.
    const form = type.includes('application/x-www-form-urlencoded') && !text.trimStart().startsWith('{')
    raw = form ? Object.fromEntries(new URLSearchParams(text)) : text === '' ? {} : JSON.parse(text)
  } catch {
    return { ok: false, response: errorResponse(400, 'invalid-json', '请求体不是合法的 JSON') }
  }
  return validate(schema, raw)
}

/** Validates an already-read value with `schema`. */
export function validate<S extends z.ZodType>(schema: S, raw: unknown): Parsed<z.output<S>> {
  const r = schema.safeParse(raw)
  if (r.success) return { ok: true, data: r.data }
  const issues = r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
  const list = issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')
  return { ok: false, response: errorResponse(400, 'invalid-request', `请求参数有误：${list}`, issues) }
}
