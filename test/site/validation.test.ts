import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { formSession } from './formSession.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { messageZh } from '../../src/rules/messages.ts'

let s: TestSite
beforeAll(async () => { s = await startTestSite() })
afterAll(async () => { await s.stop() })

const expectedMessage = (rule: string, code = '') => messageZh({ rule, level: ruleById(rule).level, path: '', code }, 'national')

describe('validation from the catalogue', () => {
  test('account rules: a wrong password, a wrong recovery answer and a wrong current password name their rules', async () => {
    const c = s.candidate(210)
    const api = s.client()
    await api.register(c)
    const cap = await api.ok('GET', '/api/captcha')
    const login = await api.call('POST', '/api/login', { username: c.username, password: c.password.toUpperCase() === c.password ? c.password.toLowerCase() : c.password.toUpperCase(), captchaId: cap.id, captcha: '8888' })
    expect(login.json.error[0].rule).toBe('ACCOUNT-PASSWORD-CASE-SENSITIVE')
    const captcha = async () => ({ captchaId: (await api.ok('GET', '/api/captcha')).id, captcha: '8888' })
    const recover = await api.call('POST', '/api/recover', { name: c.name, idNumber: c.idNumber, recoveryAnswer: 'wrong answer', newPassword: 'Xyz67890', ...await captcha() })
    expect(recover.json.error[0].rule).toBe('ACCOUNT-PASSWORD-RECOVERY')
    await api.login(c.username, c.password)
    const change = await api.call('POST', '/api/account/password', { currentPassword: 'Nope12345', newPassword: 'Xyz67890' })
    expect(change.json.error[0].rule).toBe('ACCOUNT-CHANGE-PASSWORD-CURRENT')
    await api.ok('POST', '/api/recover', { name: c.name, idNumber: c.idNumber, recoveryAnswer: c.recoveryAnswer, newPassword: 'Xyz67890', ...await captcha() })
    await api.login(c.username, 'Xyz67890')
  })

  test('a refused registration names the rule and its Chinese message, and stores nothing', async () => {
    const c = { ...s.candidate(201), password: 'ab_1234' }
    const before = s.site.users.count()
    const r = await s.client().call('POST', '/api/register', c)
    expect(r.status).toBe(422)
    expect(r.json.error).toContainEqual(expect.objectContaining({ rule: 'ACCOUNT-PASSWORD-FORMAT', path: 'password', message: expectedMessage('ACCOUNT-PASSWORD-FORMAT') }))
    expect(s.site.users.count()).toBe(before)
  })

  test('the form page shows the refusal next to the field and keeps what was typed', async () => {
    const c = s.candidate(202)
    const f = formSession(s.url)
    const token = await f.csrf('/register')
    const { res, html } = await f.post('/register', {
      _csrf: token, username: c.username, password: 'ab_1234', passwordConfirm: 'ab_1234', recoveryQuestion: c.recoveryQuestion, recoveryAnswer: c.recoveryAnswer,
      origin: c.origin, idType: c.idType, idNumber: c.idNumber, idValidUntil: c.idValidUntil, name: c.name, pinyin: c.pinyin, sex: c.sex, birthDate: c.birthDate,
      ethnicity: c.ethnicity, nationality: c.nationality, email: c.email,
    })
    expect(res.status).toBe(422)
    expect(html).toContain('role="alert"')
    expect(html).toContain('data-rule="ACCOUNT-PASSWORD-FORMAT"')
    expect(html).toMatch(/id="f-password" name="password" aria-describedby="f-password-hint f-password-error" aria-invalid="true"/)
    expect(html).toContain(`value="${c.username}"`)
    expect(html).toContain(`value="${c.idNumber}"`)
  })

  test('a refused contact form changes nothing; an accepted one is stored', async () => {
    const c = s.candidate(203)
    const api = s.client()
    await api.register(c)
    await api.login(c.username, c.password)
    const bad = await api.call('POST', '/api/info/contact', { mobile: '1381234567', address: c.address, postcode: c.postcode })
    expect(bad.status).toBe(422)
    expect(bad.json.error.map((e: { rule: string }) => e.rule)).toContain('CONTACT-MOBILE-MAINLAND-LENGTH')
    expect((await api.ok('GET', '/api/me')).candidate.mobile).toBe('')
    await api.ok('POST', '/api/info/contact', { mobile: c.mobile, homePhone: c.homePhone, workPhone: c.workPhone, address: c.address, postcode: c.postcode })
    expect((await api.ok('GET', '/api/me')).candidate.mobile).toBe(c.mobile)
  })

  test('basic information is fixed at registration: the contact form ignores it', async () => {
    const c = s.candidate(204)
    const api = s.client()
    await api.register(c)
    await api.login(c.username, c.password)
    await api.ok('POST', '/api/info/contact', { name: '李四', mobile: c.mobile, address: c.address, postcode: c.postcode })
    expect((await api.ok('GET', '/api/me')).candidate.name).toBe(c.name)
  })

  test('a second account for the same identity gets the message of seed 002 FAQ 二.15', async () => {
    const c = s.candidate(205)
    await s.client().register(c)
    const r = await s.client().call('POST', '/api/register', { ...c, username: `${c.username}x` })
    expect(r.status).toBe(409)
    expect(r.json.error[0]).toMatchObject({ rule: 'ACCOUNT-ONE-PER-IDENTITY', path: 'idNumber' })
    // The seed's message, naming the existing user name as XXXX does in seed 002.
    expect(r.json.error[0].message).toContain(`已经以用户名 ${c.username} 在网站上完成了注册`)
  })

  test('a username is taken once', async () => {
    const c = s.candidate(206)
    await s.client().register(c)
    const other = s.candidate(207)
    const r = await s.client().call('POST', '/api/register', { ...other, username: c.username })
    expect(r.status).toBe(422)
    expect(r.json.error[0].code).toBe('username-taken')
  })

  test('sex and birth date of a resident ID come from the number', async () => {
    const c = s.candidate(208)
    const api = s.client()
    await api.register({ ...c, sex: c.sex === '男' ? '女' : '男', birthDate: '1990-01-01' })
    await api.login(c.username, c.password)
    const me = (await api.ok('GET', '/api/me')).candidate
    expect([me.sex, me.birthDate]).toEqual([c.sex, c.birthDate])
  })

  test('an education record refused by a rule is not stored; the path points at its index', async () => {
    const c = s.candidate(209)
    const api = s.client()
    await api.register(c)
    await api.login(c.username, c.password)
    const { selected: _s, ...edu } = c.education[0]!
    await api.ok('POST', '/api/info/education', edu)
    const bad = await api.call('POST', '/api/info/education', { ...edu, graduation: '2020/06' })
    expect(bad.status).toBe(422)
    expect(bad.json.error).toContainEqual(expect.objectContaining({ rule: 'EDU-GRADUATION-FORMAT', path: 'education.1.graduation' }))
    expect((await api.ok('GET', '/api/me')).records.education).toHaveLength(1)
  })
})
