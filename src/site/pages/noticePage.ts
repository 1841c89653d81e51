import { html } from 'hono/html'
import type { StoredApplication } from '../store/applications.ts'
import { placeName } from '../reference/examSites.ts'
import type { Html, PageCtx } from './layout.ts'
import { layout } from './layout.ts'
import { beijing } from '../clock.ts'

/** 《医师资格考试网上报名成功通知单》: what the candidate brings to the on-site confirmation; prints on its own. */
export function noticePage(p: PageCtx, app: StoredApplication, examName: string): Html {
  const c = app.snapshot!
  const edu = c.education.find((e) => e.selected)
  const rows: [string, string][] = [
    ['考试项目', `${app.examCode} ${examName}`], ['姓名', c.name], ['性别', c.sex], ['证件类型', c.idType], ['证件编号', c.idNumber],
    ['出生日期', c.birthDate], ['民族', c.ethnicity], ['国籍', c.nationality],
    ['报考学历', edu?.level ?? ''], ['毕业学校', edu?.school ?? ''], ['毕业专业', edu?.major ?? ''], ['毕业年月', edu?.graduation ?? ''], ['毕业证书编号', edu?.diplomaNumber ?? ''],
    ['在岗情况', c.work.status], ['工作单位', c.work.unit],
    ['考区', `${placeName(c.application.area)}（${c.application.area}）`], ['考点', `${placeName(c.application.site)}（${c.application.site}）`],
    ['加试科目', c.application.extraSubject], ['累计报考次数', String(c.application.attempts)],
    ['报名时间', app.submittedAt ? beijing(new Date(app.submittedAt)).dateTime : ''], ['报名序号', String(app.id).padStart(8, '0')],
  ]
  return layout(p, '医师资格考试网上报名成功通知单', html`
<p>您已完成网上报名。请打印本通知单，携带本人有效身份证明及书面报名材料，按照所在考点的具体要求进行现场资格审核。</p>
<table class="notice" aria-label="报名信息"><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>
<p><img src="/files/photo" alt="考生照片" width="110"></p>
<p class="no-print"><button type="button" data-print>打印通知单</button> <a href="/apply">返回考试报名</a></p>`)
}
