import { withPath } from '../../rules/path.ts'
import { coerce, fullPath, type FormDef } from '../forms/field.ts'

/** Flattens nested JSON ({ verification: { code } }) into the dot keys forms use ('verification.code'). */
export function flatten(input: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(input)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`))
    else out[`${prefix}${k}`] = v
  }
  return out
}

/** Writes the form's fields present in `input` into a copy of `target`; fields absent keep their value. */
export function applyInput<T>(form: FormDef, target: T, input: Record<string, unknown>, index?: number): T {
  const flat = flatten(input)
  let out = target
  for (const field of form.fields) {
    if (!(field.path in flat)) continue
    out = withPath(out, fullPath(form, field, index), coerce(field, flat[field.path]))
  }
  return out
}

/** The Candidate paths a form writes. */
export function formPaths(form: FormDef, index?: number): string[] {
  return form.fields.map((f) => fullPath(form, f, index))
}
