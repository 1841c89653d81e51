import { esc } from './layout.mjs'
import { OTHER_LABELS } from './forms.mjs'

/** The label a problem's field has on this form (or elsewhere). */
export function labelOf(fields, name) {
  return fields.find((f) => f.name === name)?.label ?? OTHER_LABELS[name] ?? name
}

/** The alert listing a refusal's problems by the fields' labels. */
export function problemsAlert(fields, problems) {
  if (!problems?.length) return ''
  return `<div role="alert" class="problems"><p>提交未成功，请修改以下内容：</p><ul>${problems
    .map((p) => `<li>${esc(labelOf(fields, p.field))}：${esc(p.text)}</li>`).join('')}</ul></div>`
}

function control(f, value, invalid, choices) {
  const id = `f-${f.name}`
  const aria = `${invalid ? ' aria-invalid="true"' : ''}${f.hint || invalid ? ` aria-describedby="h-${f.name}"` : ''}`
  if (f.type === 'select') {
    const options = f.options().map(([v, label]) => `<option value="${esc(v)}"${String(value ?? '') === v ? ' selected' : ''}>${esc(label)}</option>`).join('')
    return `<label for="${id}">${esc(f.label)}</label><select id="${id}" name="${f.name}"${aria}>${options}</select>`
  }
  if (f.type === 'checkboxes') {
    const picked = [value ?? []].flat().map(String)
    const boxes = (choices ?? []).map(([v, text, note]) => `<div><input type="checkbox" id="${id}-${esc(v)}" name="${f.name}" value="${esc(v)}"${picked.includes(String(v)) ? ' checked' : ''}${aria}><label for="${id}-${esc(v)}">选择：${esc(text)}</label>${note ?? ''}</div>`).join('')
    return `<fieldset${invalid ? ' aria-invalid="true"' : ''}><legend>${esc(f.label)}</legend>${boxes || '<p>（暂无记录）</p>'}</fieldset>`
  }
  const type = f.type === 'password' ? 'password' : f.type === 'file' ? 'file' : 'text'
  const val = type === 'text' ? ` value="${esc(value)}"` : ''
  const accept = type === 'file' ? ' accept=".jpg,.jpeg,image/jpeg"' : ''
  return `<label for="${id}">${esc(f.label)}</label><input type="${type}" id="${id}" name="${f.name}"${val}${accept}${aria}>`
}

/**
 * A form: its fields with labels, the values to show, the problems of a refusal (alert plus
 * aria-invalid on each field named), and its submit buttons `[[label, name?, value?]]`.
 */
export function renderForm({ action, fields, values = {}, problems = [], buttons, choices = {}, multipart = false, extra = '' }) {
  const bad = new Map(problems.map((p) => [p.field, p.text]))
  const rows = fields.map((f) => {
    const hint = bad.get(f.name) ?? f.hint
    const note = hint ? ` <small id="h-${f.name}"${bad.has(f.name) ? ' class="error"' : ''}>${esc(hint)}</small>` : ''
    return `<div class="field">${control(f, values[f.name], bad.has(f.name), choices[f.name])}${note}</div>`
  }).join('\n')
  const submit = buttons.map(([label, name, value]) => `<button type="submit"${name ? ` name="${name}" value="${esc(value)}"` : ''}>${esc(label)}</button>`).join(' ')
  return `${problemsAlert(fields, problems)}<form method="post" action="${esc(action)}"${multipart ? ' enctype="multipart/form-data"' : ''} novalidate>${extra}${rows}<div class="field">${submit}</div></form>`
}

/** A read-only table of label/value pairs. */
export const infoTable = (rows) => `<table><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</tbody></table>`
