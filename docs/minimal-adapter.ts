// my-adapter.ts: the required members for a system with no portal, review, payment, clock or SMS.
// Its API here is a made-up JSON one (POST /steps/<step>, GET /me …): put your system's own in `call`.
import type { Page } from '@playwright/test'
import type { AdapterModule, Answer, Enrolment, Step, Target } from 'baoming/adapter' // npm install --save-dev of Baoming (a packed tarball or a git URL)

type Candidate = Parameters<Target['api']['enrol']>[0]

const STEPS: Step[] = ['register', 'contact', 'work', 'photo', 'start', 'basic', 'app-work', 'select-education', 'select-certificates', 'confirm', 'submit']

export const createTarget: AdapterModule['createTarget'] = async ({ profile, baseURL }) => {
  const url = baseURL!
  const call = async (session: string | null, method: string, path: string, body?: unknown): Promise<Answer> => {
    const res = await fetch(url + path, { method, headers: { 'content-type': 'application/json', ...(session ? { authorization: `Bearer ${session}` } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) })
    return { status: res.status, body: await res.json().catch(() => null) }
  }
  const login = async (username: string, password: string) => {
    const answer = await call(null, 'POST', '/login', { username, password })
    return { session: (answer.body?.token as string | undefined) ?? null, answer }
  }
  const refusals = (a: Answer) => (a.status < 400 ? [] : ((a.body?.errors ?? []) as { field?: string; msg?: string }[]).map((e) => ({ rule: null, path: e.field ?? '', message: e.msg ?? '' })))
  const perform = (e: Enrolment, step: Step, c: Candidate) => call(e.session, 'POST', `/steps/${step}`, c)
  // One page per step at /<step>, a field per candidate path named by it, refusals in role=alert.
  const form = (page: Page) => page.locator('form')
  const target: Target = {
    url, profile, steps: STEPS,
    capabilities: { portal: false, reviewLevels: 0, payment: false, writtenFee: false, ban: false, clock: false, sms: false, fields: [] },
    api: {
      async enrol(c, o = {}) {
        const e: Enrolment = { session: null, applicationId: null, done: [], refused: null }
        for (const step of STEPS) {
          if (step === o.until) break
          const a = await perform(e, step, c)
          if (a.status >= 400) return { ...e, refused: { step, status: a.status, errors: refusals(a) } }
          if (step === 'register') e.session = (await login(c.username, c.password)).session
          if (step === 'start') e.applicationId = a.body.id
          e.done.push(step)
        }
        return e
      },
      perform,
      stored: async (session) => (await call(session, 'GET', '/me')).body,
      records: async (session) => (await call(session, 'GET', '/me/education')).body,
      send: call,
      login,
      refusals,
      recover: (input) => call(null, 'POST', '/recover', input),
      changePassword: (session, input) => call(session, 'POST', '/password', input),
      tamper: (session, what, c, changed) => call(session, 'POST', what === 'username' ? '/security' : '/steps/contact', changed),
      abandon: (session, id) => call(session, 'POST', `/applications/${id}/abandon`),
      edit: (session, what, c) => call(session, 'POST', `/steps/${what}`, c),
    },
    ui: {
      enter: async (page, session) => { await page.context().addCookies([{ name: 'session', value: session, url }]) },
      async perform(page, step, c) {
        await page.goto(`${url}/${step}`)
        for (const input of await form(page).locator('[name]').all()) await input.fill(String((c as Record<string, unknown>)[(await input.getAttribute('name'))!] ?? ''))
        await form(page).getByRole('button').click()
        return 'done'
      },
      refusals: (page) => page.getByRole('alert'),
      fieldRefusal: (page, path) => page.locator(`[name="${path}"][aria-invalid="true"]`),
      accepted: (page) => page.getByRole('status'),
      account: (page) => ({
        login: async (username, password) => { await page.goto(`${url}/login`); await page.getByLabel('用户名').fill(username); await page.getByLabel('密码').fill(password); await page.getByRole('button').click() },
        loggedIn: page.getByRole('link', { name: '退出' }),
        changePassword: async () => { throw new Error('todo: your password page') },
        recover: async () => { throw new Error('todo: your recovery page') },
        openSecurity: async () => { await page.goto(`${url}/security`) },
        username: page.getByTestId('username'),
        usernameField: page.getByLabel('用户名'),
      }),
      records: (page) => ({
        open: async () => { await page.goto(`${url}/me`) },
        lockMarks: page.getByText('🔒'), verifiedMarks: page.getByText('✔'), basicInfoFields: page.locator('input[name=name], input[name=idNumber]'),
        saveRecord: async () => { throw new Error('todo: your record page') },
      }),
      application: (page, id) => ({
        open: async () => { await page.goto(`${url}/applications/${id}`) },
        state: page.getByTestId('state'), openEdit: async () => { await page.goto(`${url}/applications/${id}/edit`) },
        editSubmit: page.getByRole('button', { name: '保存' }), abandon: async () => 'not-offered' as const,
      }),
    },
    close: async () => {},
  }
  return target
}
