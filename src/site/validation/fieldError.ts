import { z } from 'zod'

/** One refusal: the rule that refused (null for a value outside the form's choices), where, and the Chinese message. */
export const FieldError = z.object({
  rule: z.string().nullable(),
  path: z.string(),
  code: z.string(),
  message: z.string(),
})
export type FieldError = z.infer<typeof FieldError>

/** Thrown by an action the site refuses; routes turn it into a page with the messages or a JSON error. */
export class Refusal extends Error {
  constructor(readonly errors: FieldError[], readonly status: 400 | 403 | 404 | 409 | 413 | 422 | 429 | 503 = 422) {
    super(errors.map((e) => `${e.rule ?? e.code}: ${e.message}`).join('; '))
  }

  /** A refusal with one message that belongs to no rule of the catalogue. */
  static of(code: string, message: string, status: Refusal['status'] = 409, path = ''): Refusal {
    return new Refusal([{ rule: null, path, code, message }], status)
  }
}
