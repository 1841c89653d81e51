import { html } from 'hono/html'
import type { FieldError } from '../validation/fieldError.ts'
import { errorSummary } from './formParts.ts'
import { csrfField, layout, type Html, type PageCtx } from './layout.ts'

/** Where the upload forms say the tool is, as the seeds' "下载地址在上传照片界面处提示". */
export function photoToolHint(required: boolean): Html {
  return required
    ? html`<p class="hint" id="photo-tool-hint">报名系统只接受经“医考报名照片检测工具”检测通过并保存后的照片。请先打开<a href="/photo-tool">医考报名照片检测工具</a>检测照片，保存检测通过的照片后再上传。</p>`
    : html``
}

/** 医考报名照片检测工具 (simulated): choose a photo, 检测并保存. */
export function photoToolPage(p: PageCtx, required: boolean, errors: FieldError[] = []): Html {
  return layout(p, '医考报名照片检测工具（模拟）', html`${errorSummary(errors)}
<p>本页模拟“医考报名照片检测工具”：按本考区的照片要求（小2寸白底证件照、jpg格式、文件大小上限）检测照片，检测通过后保存为可上传的照片文件。</p>
${required ? html`<p>本考区报名系统只接受经本工具检测通过并保存后的照片。</p>` : html`<p>本考区未要求使用照片检测工具，照片可直接上传；检测仍可帮助确认照片符合要求。</p>`}
<form method="post" action="/photo-tool" enctype="multipart/form-data" aria-label="照片检测">${csrfField(p)}
<label for="tool-photo">选择待检测的照片（jpg）</label><input id="tool-photo" type="file" name="photo" accept=".jpg,.jpeg,image/jpeg" ${errors.length ? html`aria-invalid="true" aria-describedby="tool-photo-error"` : ''}>
${errors.length ? html`<p class="field-error" id="tool-photo-error">${errors.map((e) => e.message).join(' ')}</p>` : ''}
<button type="submit">检测并保存</button></form>
<p class="hint">检测通过后浏览器将下载“检测通过”的照片，请在报名系统的照片上传处选择该文件。</p>`)
}
