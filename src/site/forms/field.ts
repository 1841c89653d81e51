/** How a field is entered and turned from form text into the Candidate's value. */
export type InputKind = 'text' | 'password' | 'select' | 'int' | 'month' | 'date' | 'lookup-school' | 'lookup-unit' | 'boolean'

/** One input of a form, by its path under the form's root in the Candidate shape. */
export interface Field {
  path: string
  label: string
  input: InputKind
  options?: readonly string[]
  /** Allow an empty choice in a select ('' stored). */
  optional?: boolean
  hint?: string
  autocomplete?: string
}

/** A form of the platform: which part of the Candidate it edits and at what stage its rules apply. */
export interface FormDef {
  id: string
  title: string
  /** Dot path of the object the fields live in: '' for the candidate itself, 'work', 'education.#'. */
  root: string
  fields: readonly Field[]
}

/** The full Candidate path of a field under a root; '#' in the root is the record index. */
export function fullPath(form: FormDef, field: Field, index?: number): string {
  const root = form.root.replace('#', String(index ?? 0))
  return root ? `${root}.${field.path}` : field.path
}

/** Turns submitted text into the stored value of a field (ints parsed; empty int → null). */
export function coerce(field: Field, value: unknown): unknown {
  // A checkbox posts a hidden "false" then "true" when ticked: the last value wins.
  const raw = Array.isArray(value) ? value.at(-1) : value
  if (field.input === 'boolean') return raw === true || raw === 'true' || raw === 'on' || raw === '1'
  const text = typeof raw === 'string' ? raw.trim() : raw === undefined || raw === null ? '' : String(raw)
  if (field.input === 'int') {
    if (text === '') return null
    return /^-?\d+$/.test(text) ? Number(text) : text
  }
  return text
}
