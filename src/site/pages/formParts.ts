import { html } from 'hono/html'
import type { Field, FormDef } from '../forms/field.ts'
import { fullPath } from '../forms/field.ts'
import { getPath } from '../../rules/path.ts'
import type { FieldError } from '../validation/fieldError.ts'
import { LOOKUP_STATUS_TEXT, lookupStatus } from '../reference/dictionary.ts'
import type { Html } from './layout.ts'

const idOf = (path: string) => `f-${path.replaceAll('.', '-')}`

/** The role=alert list of refusals at the top of a form, each linked to its field. */
export function errorSummary(errors: readonly FieldError[]): Html {
  if (!errors.length) return html``
  return html`<div class="error-summary" role="alert" tabindex="-1"><h2>提交未成功，请修改以下内容：</h2><ul>${errors.map((e) =>
    html`<li data-rule="${e.rule ?? ''}">${e.path ? html`<a href="#${idOf(e.path)}">${e.message}</a>` : e.message}${e.rule ? html` <small>（${e.rule}）</small>` : ''}</li>`)}</ul></div>`
}

/** Values to show in a form: what the user typed (after a refusal) or what is stored. */
export type Values = Record<string, unknown>

/** One labelled input with its hint and its errors (aria-describedby ties them together). */
export function fieldInput(field: Field, name: string, path: string, value: unknown, errors: readonly FieldError[], options?: readonly { value: string; label: string }[]): Html {
  const id = idOf(path)
  const mine = errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`))
  const describedBy = [field.hint ? `${id}-hint` : '', mine.length ? `${id}-error` : ''].filter(Boolean).join(' ')
  const text = value === null || value === undefined ? '' : String(value)
  const common = html`id="${id}" name="${name}" ${describedBy ? html`aria-describedby="${describedBy}"` : ''} ${mine.length ? html`aria-invalid="true"` : ''}`
  const opts = options ?? field.options?.map((o) => ({ value: o, label: o }))
  let control: Html
  if (field.input === 'boolean') {
    return html`<div class="field"><input type="hidden" name="${name}" value="false"><input type="checkbox" ${common} value="true" ${value === true || value === 'true' ? 'checked' : ''}>
<label for="${id}" class="inline">${field.label}</label>${field.hint ? html`<p class="hint" id="${id}-hint">${field.hint}</p>` : ''}${mine.length ? html`<p class="field-error" id="${id}-error">${mine.map((e) => e.message).join(' ')}</p>` : ''}</div>`
  }
  if (opts) {
    control = html`<select ${common}>${field.optional || !opts.some((o) => o.value === text) ? html`<option value="">请选择</option>` : ''}${opts.map((o) => html`<option value="${o.value}" ${o.value === text ? 'selected' : ''}>${o.label}</option>`)}</select>`
  } else if (field.input === 'lookup-school' || field.input === 'lookup-unit') {
    const kind = field.input === 'lookup-school' ? 'school' : 'unit'
    const status = lookupStatus(kind, text)
    control = html`<input type="text" ${common} value="${text}" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${id}-list" data-lookup="${kind}" class="lookup-${status}" autocomplete="off">
<ul id="${id}-list" role="listbox" aria-label="${field.label}检索结果" hidden></ul>
<p class="lookup-status" id="${id}-status" aria-live="polite" data-status="${status}">状态：${LOOKUP_STATUS_TEXT[status]}</p>`
  } else {
    const type = field.input === 'password' ? 'password' : 'text'
    control = html`<input type="${type}" ${common} value="${field.input === 'password' ? '' : text}" ${field.autocomplete ? html`autocomplete="${field.autocomplete}"` : ''}>`
  }
  return html`<div class="field"><label for="${id}">${field.label}</label>${control}${field.hint ? html`<p class="hint" id="${id}-hint">${field.hint}</p>` : ''}${mine.length ? html`<p class="field-error" id="${id}-error">${mine.map((e) => e.message).join(' ')}</p>` : ''}</div>`
}

/** Every field of a form, with values read at the Candidate path (index for record forms). */
export function formFields(form: FormDef, values: Values, errors: readonly FieldError[], index?: number, choices: Record<string, readonly { value: string; label: string }[]> = {}): Html {
  return html`${form.fields.map((f) => {
    const path = fullPath(form, f, index)
    const typed = f.path in values ? values[f.path] : getPath(values, path)
    return fieldInput(f, f.path, path, typed, errors, choices[f.path])
  })}`
}

