// my-adapter.ts: the required members for a system with no portal, review, payment, clock or SMS, written
// for the example target (examples/hunan-lite: its README is the integrator's guide): put your system's
// paths, labels, bodies and dictionary in their place. It runs: test/conformance/minimalAdapter.test.ts.
import type { Locator, Page } from '@playwright/test'
import { photoFile, type AdapterModule, type Answer, type Candidate, type Enrolment, type LocalSchool, type LocalUnit, type Step, type Target } from 'baoming/adapter' // npm install --save-dev of Baoming (a packed tarball or a git URL)

type Row = [api: string, label: string, value: (c: Candidate, d: Dict, i: number) => unknown]
interface Dict { session: { year: number }; exams: { code: string; name: string }[]; regions: { code: string; name: string; division: string; sites: { code: string; name: string; division: string | null }[] }[]; units: (LocalUnit & { code: string })[]; schools: { code: string; name: string; kind: LocalSchool['region'] | '师承' }[]; majors: { code: string; name: string }[] }

const LISTS = { education: ['educations', 'jiaoyu'], training: ['trainings', 'peixun'], certificates: ['certificates', 'zhengshu'] } as const
type List = keyof typeof LISTS
const rec = (step: string) => /^(education|training|certificates)\.(\d+)$/.exec(step) as [string, List, string] | null

/** Its unit of that name, else one like ours: same 隶属 (军队/武警/公安, else a local one below 省级), then the same type, then the same prefecture. */
function unitOf(c: Candidate, d: Dict): string {
  const w = c.work
  if (!w.unit) return ''
  const named = d.units.find((u) => u.name === w.unit && u.type === w.unitType && u.affiliation === w.affiliation)
  if (named) return named.code
  const local = (a: string) => !['军队', '武警', '公安', '中央', '省级'].includes(a)
  const like = d.units.filter((u) => (local(w.affiliation) ? local(u.affiliation) : u.affiliation === w.affiliation))
  const typed = like.filter((u) => u.type === w.unitType)
  const pool = typed.length ? typed : like
  return (pool.find((u) => u.division.slice(0, 4) === w.unitDivision.slice(0, 4)) ?? pool[0] ?? d.units[0]!).code
}
const schoolOf = (e: Candidate['education'][number], d: Dict) => !e.school ? '' : (d.schools.find((s) => s.name === e.school) ?? d.schools.find((s) => s.kind === (e.level === '传统医学师承或确有专长人员' ? '师承' : e.region === '港澳台' ? '港澳台' : e.region))!).code
const majorOf = (name: string, d: Dict) => !name ? '' : (d.majors.find((m) => m.name === name) ?? d.majors.find((m) => m.name.startsWith(name.slice(0, 2))) ?? d.majors[0]!).code
const regionOf = (c: Candidate, d: Dict) => d.regions.find((r) => r.division === c.application.area)
/** Our 考点 (a prefecture's division code; xx9900 the 省直 site, which has no division here) among the area's sites. */
const siteOf = (c: Candidate, d: Dict) => regionOf(c, d)?.sites.find((s) => s.division === (c.application.site.endsWith('9900') ? null : c.application.site))?.code ?? (c.application.site ? `X${c.application.site}` : '')
const edu = (c: Candidate, i: number) => c.education[i]!

/** The fields of each form: the API's name, the page's label, the value from the candidate. */
const FORMS: Record<string, Row[]> = {
  register: [['loginName', '用户名', (c) => c.username], ['password', '登录密码', (c) => c.password], ['passwordAgain', '确认登录密码', (c) => c.password],
    ['securityQuestion', '密码找回问题', (c) => c.recoveryQuestion], ['securityAnswer', '密码找回答案', (c) => c.recoveryAnswer], ['email', '电子邮箱', (c) => c.email],
    ['fullName', '考生姓名', (c) => c.name], ['homeland', '所属地区', (c) => c.origin], ['nationality', '国籍', (c) => c.nationality], ['docType', '证件类型', (c) => c.idType],
    ['docNumber', '证件号码', (c) => c.idNumber], ['gender', '性别', (c) => c.sex], ['birthday', '出生日期', (c) => c.birthDate], ['nation', '民族', (c) => c.ethnicity],
    ['captchaAnswer', '验证码', () => '8888']],
  contact: [['mobile', '手机号码', (c) => c.mobile], ['homePhone', '家庭电话', (c) => c.homePhone], ['officePhone', '单位电话', (c) => c.workPhone],
    ['email', '电子邮箱', (c) => c.email], ['address', '通讯地址', (c) => c.address], ['zip', '邮编', (c) => c.postcode]],
  work: [['unitCode', '工作单位', unitOf], ['dept', '科室', (c) => c.work.post], ['dutyStatus', '在岗情况', (c) => c.work.status],
    ['fieldMode', '从事本专业情况', () => '全职'], ['yearsInField', '从事本专业年限', (c) => String(Math.floor(c.work.monthsInPost / 12))], ['position', '职务', () => '卫生技术人员(医师)'],
    ['rank', '职称', (c) => c.work.title], ['rankSince', '取得年月', (c) => c.work.titleDate]],
  education: [['region', '类型', (c, _, i) => edu(c, i).region], ['schoolCode', '学校', (c, d, i) => schoolOf(edu(c, i), d)], ['graduatedOn', '毕业年月', (c, _, i) => edu(c, i).graduation],
    ['eduLevel', '学历', (c, _, i) => edu(c, i).level], ['studyMode', '学习形式', (c, _, i) => edu(c, i).studyForm], ['degree', '学位', (c, _, i) => edu(c, i).degree],
    ['majorCode', '专业', (c, d, i) => majorOf(edu(c, i).major, d)], ['years', '学制（年）', (c, _, i) => edu(c, i).lengthYears ?? ''], ['diplomaNo', '毕业证书编号', (c, _, i) => edu(c, i).diplomaNumber]],
  training: [['kind', '培训类型', (c, _, i) => c.training[i]!.kind], ['major', '培训专业', (c, _, i) => c.training[i]!.major], ['startedOn', '开始时间', (c, _, i) => c.training[i]!.start],
    ['result', '考核结果', (c, _, i) => c.training[i]!.result], ['unitName', '工作单位名称（参加培训时）', (c, _, i) => c.training[i]!.unit], ['baseName', '培训基地名称', (c, _, i) => c.training[i]!.base]],
  certificates: [['certType', '证书类型', (c, _, i) => c.certificates[i]!.type], ['certNo', '证书编号', (c, _, i) => c.certificates[i]!.certNumber], ['issuedOn', '取得证书年月', (c, _, i) => c.certificates[i]!.issued],
    ['practiceRegNo', '执业证书注册编号', (c, _, i) => c.certificates[i]!.registrationNumber], ['registeredOn', '注册年月', (c, _, i) => c.certificates[i]!.registered.slice(0, 7)]],
  basic: [['romanName', '拼音', (c) => c.pinyin], ['militaryRole', '本人身份', (c) => c.serviceStatus], ['passNumber', '往来大陆通行证', (c) => c.mainlandPass]],
  confirm: [['regionCode', '考区', (c, d) => regionOf(c, d)?.code ?? c.application.area], ['siteCode', '考点', siteOf], ['extraSubject', '加试科目', (c) => c.application.extraSubject], ['attempts', '累计报考次数', (c) => String(c.application.attempts)]],
}
/** Candidate paths → the label a page names them by. */
const LABEL: Record<string, string> = {
  username: '用户名', password: '登录密码', recoveryQuestion: '密码找回问题', recoveryAnswer: '密码找回答案', name: '考生姓名', origin: '所属地区', idType: '证件类型', idNumber: '证件号码',
  sex: '性别', birthDate: '出生日期', ethnicity: '民族', workPhone: '单位电话', address: '通讯地址', postcode: '邮编', 'work.unit': '工作单位', 'work.post': '科室', 'work.status': '在岗情况',
  'work.monthsInPost': '从事本专业年限', 'work.title': '职称', 'work.titleDate': '取得年月', school: '学校', graduation: '毕业年月', level: '学历', studyForm: '学习形式', lengthYears: '学制（年）',
  diplomaNumber: '毕业证书编号', major: '专业', degree: '学位', region: '类型', kind: '培训类型', start: '开始时间', result: '考核结果', base: '培训基地名称', selected: '教育经历', type: '证书类型', certNumber: '证书编号', issued: '取得证书年月', registrationNumber: '执业证书注册编号', registered: '注册年月', photo: '照片', pinyin: '拼音',
  serviceStatus: '本人身份', mainlandPass: '往来大陆通行证', 'application.area': '考区', 'application.site': '考点', 'application.extraSubject': '加试科目', 'application.attempts': '累计报考次数', 'application.examCode': '考试项目',
  ...Object.fromEntries(FORMS.contact!.map(([, label], i) => [['mobile', 'homePhone', 'workPhone', 'email', 'address', 'postcode'][i]!, label])),
}
const labelOf = (path: string) => LABEL[path] ?? LABEL[path.replace(/^(education|training|certificates)\.\d+\./, '')] ?? LABEL[path.split('.')[0]!] ?? path
const bodyOf = (form: string, c: Candidate, d: Dict, i = 0) => Object.fromEntries(FORMS[form]!.map(([api, , v]) => [api, v(c, d, i)]))

export const createTarget: AdapterModule['createTarget'] = async ({ profile, baseURL }) => {
  if (!baseURL) throw new Error('give --base-url: the address of your system')
  const url = baseURL
  const call = async (session: string | null, method: string, path: string, body?: unknown): Promise<Answer> => {
    const res = await fetch(url + path, { method, headers: { 'content-type': 'application/json', ...(session ? { authorization: `Bearer ${session}` } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) })
    return { status: res.status, body: await res.json().catch(() => null) }
  }
  const d = (await call(null, 'GET', '/api/dictionary')).body as Dict
  const sent = new Map<string, Candidate>() // the candidate each username enrolled: stored() answers the fields the system does not keep from it
  const me = async (s: string) => (await call(s, 'GET', '/api/me')).body
  const ids = async (s: string, list: List) => ((await me(s))[LISTS[list][0]] as { id: number }[]).map((r) => r.id)
  const refusals = (a: Answer) => (a.status < 400 ? [] : ((a.body?.problems ?? []) as { field: string; text: string }[]).map((p) => ({ rule: null, path: p.field, message: p.text })))
  const login = async (username: string, password: string) => {
    const answer = await call(null, 'POST', '/api/sessions', { loginName: username, password })
    return { session: answer.status === 201 ? (answer.body.token as string) : null, answer }
  }
  const chosen = async (s: string, c: Candidate, list: List) => { const all = await ids(s, list); return c[list].flatMap((r, i) => (r.selected ? [all[i]!] : [])) }
  const perform = async (e: Enrolment, step: Step, c: Candidate): Promise<Answer> => {
    const s = e.session!
    const app = `/api/applications/${e.applicationId}`
    const r = rec(step)
    if (r) return call(s, 'POST', `/api/me/${LISTS[r[1]][0]}`, bodyOf(r[1], c, d, Number(r[2])))
    switch (step) {
      case 'register': return call(null, 'POST', '/api/accounts', bodyOf('register', c, d))
      case 'contact': case 'work': return call(s, 'PUT', `/api/me/${step}`, bodyOf(step, c, d))
      case 'photo': return call(s, 'PUT', '/api/me/photo', { fileName: c.photo.fileName, contentBase64: Buffer.from(photoFile(c.photo)).toString('base64') })
      case 'start': {
        const a = await call(s, 'POST', '/api/applications', { examCode: c.application.examCode })
        return a.status >= 400 ? a : { ...(await call(s, 'POST', `/api/applications/${a.body.application.id}/agree`, {})), body: a.body }
      }
      case 'basic': case 'confirm': return call(s, 'POST', `${app}/${step}`, bodyOf(step, c, d))
      case 'app-work': return call(s, 'POST', `${app}/work`, {})
      case 'select-education': { const ed = await chosen(s, c, 'education'); return call(s, 'POST', `${app}/education`, { educationId: ed.length === 1 ? ed[0] : ed, trainingIds: await chosen(s, c, 'training') }) }
      case 'select-certificates': return call(s, 'POST', `${app}/certificates`, { certificateIds: await chosen(s, c, 'certificates') })
      case 'submit': return call(s, 'POST', `${app}/submit`, {})
      default: throw new Error(`hunan-lite has no step ${step}`)
    }
  }
  const steps = (c: Candidate): Step[] => ['register', 'contact', 'work', 'photo', ...(['education', 'training', 'certificates'] as const).flatMap((k) => c[k].map((_, i) => `${k}.${i}` as Step)),
    'start', 'basic', 'app-work', 'select-education', 'select-certificates', 'confirm', 'submit']
  const go = async (page: Page, path: string) => { await page.goto(url + path) }
  const fill = async (page: Page, rows: Row[], c: Candidate, i = 0): Promise<'done' | 'not-offered'> => {
    for (const [, label, v] of rows) {
      const box = page.getByLabel(label, { exact: true })
      if ((await box.count()) === 0) continue
      const value = String(v(c, d, i) ?? '')
      if ((await box.evaluate((el) => el.tagName)) === 'SELECT') {
        const has = await box.evaluate((el, x) => Array.from((el as HTMLSelectElement).options).some((o) => o.value === x || o.text === x), value)
        if (!has) return 'not-offered'
        await box.selectOption(await box.evaluate((el, x) => Array.from((el as HTMLSelectElement).options).find((o) => o.value === x || o.text === x)!.value, value))
      } else await box.fill(value)
    }
    return 'done'
  }
  const click = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click()
  const tick = async (page: Page, name: string, c: Candidate, list: List) => { const boxes = page.getByRole('group', { name }).getByRole('checkbox'); for (let i = 0; i < c[list].length; i++) await boxes.nth(i).setChecked(Boolean(c[list][i]!.selected)) }
  const target: Target = {
    url, profile, steps: steps({ education: [{}], training: [{}], certificates: [{}] } as Candidate),
    capabilities: { portal: false, reviewLevels: 0, payment: false, writtenFee: false, ban: false, clock: false, sms: false, fields: ['pinyin'] },
    // Its dictionary in the candidate model's terms (考区/考点 by division code, 省直 xx9900): the personas' unit, schools and majors come from it.
    reference: () => ({ examYear: d.session.year, exams: d.exams.map((e) => e.code), units: d.units, majors: d.majors.map((m) => m.name), schools: d.schools.flatMap((s) => (s.kind === '师承' ? [] : [{ name: s.name, region: s.kind }])),
      areas: d.regions.map((r) => ({ code: r.division, name: r.name, sites: r.sites.map((s) => ({ code: s.division ?? `${r.division.slice(0, 2)}9900`, name: s.name })) })) }),
    api: {
      async enrol(c, o = {}) {
        const e: Enrolment = { session: null, applicationId: null, done: [], refused: null }
        for (const step of steps(c)) {
          if (step === o.until) break
          const a = await perform(e, step, c)
          if (a.status >= 300) return { ...e, refused: { step, status: a.status, errors: refusals(a) } }
          if (step === 'register') { e.session = (await login(c.username, c.password)).session; sent.set(c.username, c) }
          if (step === 'start') e.applicationId = a.body.application.id
          e.done.push(step)
        }
        return e
      },
      perform,
      async stored(s) {
        const m = await me(s)
        const c = sent.get(m.loginName)!
        // Dictionary fields as the system stored them (its own names for the codes the adapter chose).
        const ed = (m.educations as { schoolName: string; majorName: string }[]).map((r, i) => ({ ...c.education[i]!, school: r.schoolName, major: r.majorName }))
        return { ...c, work: { ...c.work, unit: m.work?.unit?.name ?? c.work.unit }, education: ed.length === c.education.length ? ed : c.education, username: m.loginName, name: m.basic.fullName, origin: m.basic.homeland, nationality: m.basic.nationality, idType: m.basic.docType, idNumber: m.basic.docNumber, sex: m.basic.gender, birthDate: m.basic.birthday, ethnicity: m.basic.nation,
          mobile: m.contact?.mobile ?? '', homePhone: m.contact?.homePhone ?? '', workPhone: m.contact?.officePhone ?? '', email: m.contact?.email ?? c.email, address: m.contact?.address ?? '', postcode: m.contact?.zip ?? '' }
      },
      records: async (s) => ((await me(s)).educations as { locked: boolean; verified: boolean }[]).map((r) => ({ locked: r.locked, verified: r.verified })),
      send: call, login, refusals,
      recover: (i) => call(null, 'POST', '/api/password-recovery', { fullName: i.name, docNumber: i.idNumber, securityAnswer: i.recoveryAnswer, newPassword: i.newPassword, newPasswordAgain: i.newPassword }),
      changePassword: (s, i) => call(s, 'POST', '/api/me/password', { currentPassword: i.currentPassword, newPassword: i.newPassword, newPasswordAgain: i.newPasswordConfirm }),
      tamper: (s, what, c, x) => what === 'username'
        ? call(s, 'PUT', '/api/me/security', { currentPassword: c.password, securityQuestion: c.recoveryQuestion, securityAnswer: c.recoveryAnswer, email: c.email, loginName: x.username })
        : call(s, 'PUT', '/api/me/contact', { ...bodyOf('contact', c, d), fullName: x.name, docNumber: x.idNumber, gender: x.sex }),
      abandon: (s, id) => call(s, 'POST', `/api/applications/${id}/abandon`, {}),
      async edit(s, what, c) {
        if (what === 'contact' || what === 'work') return call(s, 'PUT', `/api/me/${what}`, bodyOf(what, c, d))
        const i = Number(what.split('.')[1])
        return call(s, 'PUT', `/api/me/educations/${(await ids(s, 'education'))[i]}`, bodyOf('education', c, d, i))
      },
    },
    ui: {
      enter: async (page, s) => { await page.context().addCookies([{ name: 'hl_sid', value: s, url }]) },
      async perform(page, step, c, e) {
        const r = rec(step)
        const app = `/baoming/${e.applicationId}`
        if (r) { await go(page, `/geren/${LISTS[r[1]][1]}/new`); const done = await fill(page, FORMS[r[1]]!, c, Number(r[2])); if (done === 'done') await click(page, '保存'); return done }
        const forms: Partial<Record<Step, [path: string, form: string | null, button: string]>> = {
          register: ['/zhuce', 'register', '注册'], contact: ['/geren/lianxi', 'contact', '提交'], work: ['/geren/gongzuo', 'work', '提交'], basic: [`${app}/jiben`, 'basic', '下一步'],
          'app-work': [`${app}/gongzuo`, null, '下一步'], confirm: [`${app}/queren`, 'confirm', '保存考区考点'], submit: [`${app}/queren`, null, '提交报名'],
        }
        const f = forms[step]
        if (f) { await go(page, f[0]); if (f[1] && (await fill(page, FORMS[f[1]]!, c)) === 'not-offered') return 'not-offered'; await click(page, f[2]); return 'done' }
        if (step === 'photo') { await go(page, '/geren/zhaopian'); await page.getByLabel('照片', { exact: true }).setInputFiles({ name: c.photo.fileName || 'photo', mimeType: 'image/jpeg', buffer: Buffer.from(photoFile(c.photo)) }); await click(page, '上传照片'); return 'done' }
        if (step === 'start') {
          const exam = d.exams.find((x) => x.code === c.application.examCode)
          await go(page, '/baoming/xuanze')
          const button = page.getByRole('button', { name: `报名 ${exam?.name}`, exact: true })
          if (!exam || (await button.count()) === 0) return 'not-offered'
          await button.click()
          return 'done'
        }
        await go(page, `${app}/${step === 'select-education' ? 'jiaoyu' : 'zhengshu'}`)
        if (step === 'select-education') { await tick(page, '教育经历', c, 'education'); await tick(page, '培训经历', c, 'training') } else await tick(page, '证书', c, 'certificates')
        await click(page, '下一步')
        return 'done'
      },
      refusals: (page) => page.getByRole('alert'),
      fieldRefusal: (page, path): Locator => page.getByLabel(labelOf(path), { exact: true }).and(page.locator('[aria-invalid="true"]')).or(page.getByRole('alert').getByText(`${labelOf(path)}：`)).first(),
      accepted: (page, step) => (step === 'register' ? page.getByRole('heading', { name: '注册成功' }) : step === 'start' ? page.getByRole('button', { name: '同意并继续' }) : step === 'submit' ? page.getByRole('heading', { name: /成功通知单/ }) : page.getByRole('status')),
      account: (page) => ({
        login: async (u, p) => { await go(page, '/denglu'); await page.getByLabel('用户名', { exact: true }).fill(u); await page.getByLabel('登录密码', { exact: true }).fill(p); await click(page, '登录') },
        loggedIn: page.getByRole('button', { name: '退出登录' }),
        changePassword: async (cur, next, again) => { await go(page, '/anquan'); const f = page.locator('form[action="/anquan/mima"]'); await f.getByLabel('当前密码').fill(cur); await f.getByLabel('新密码', { exact: true }).fill(next); await f.getByLabel('新密码确认').fill(again); await f.getByRole('button', { name: '提交' }).click() },
        recover: async (o) => { await go(page, '/zhaohui-mima'); for (const [l, v] of [['考生姓名', o.name], ['证件号码', o.idNumber], ['密码找回答案', o.recoveryAnswer], ['新密码', o.newPassword], ['新密码确认', o.newPassword]]) await page.getByLabel(l!, { exact: true }).fill(v!); await click(page, '找回密码') },
        openSecurity: () => go(page, '/anquan'),
        usernameField: page.getByLabel(/^(用户名|登录名)$/),
      }),
      records: (page) => ({
        open: () => go(page, '/geren'),
        lockMarks: page.getByRole('img', { name: '已锁定' }), verifiedMarks: page.getByRole('img', { name: '已验证' }),
        basicInfoFields: page.getByLabel(/^(考生姓名|证件号码|性别|出生日期|民族)$/),
        saveRecord: async (what) => { await go(page, '/geren'); await page.getByRole('link', { name: '修改' }).nth(Number(what.split('.')[1])).click(); await click(page, '保存') },
      }),
      application: (page, id) => ({
        open: () => go(page, '/baoming'), state: page.getByRole('main').getByRole('listitem'),
        openEdit: () => go(page, `/baoming/${id}/jiben`), editSubmit: page.getByRole('button', { name: '下一步' }),
        async abandon() { await go(page, '/baoming'); const b = page.getByRole('button', { name: '放弃报考' }); if ((await b.count()) === 0) return 'not-offered'; await b.first().click(); return 'done' },
      }),
    },
    close: async () => {},
  }
  return target
}
