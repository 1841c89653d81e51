import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { EducationVerifyResponse, IdentityVerifyResponse, RegistryLookupResponse, SmsInboxResponse } from '../contracts.ts'
import { startMocks, type Mocks } from '../startMocks.ts'
import { seedCandidate } from '../seedCandidate.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { PROFILES } from '../../src/rules/profiles.ts'
import { ID, NOW, post } from './receiver.ts'

// Happy paths and request validation of identity, education, registry and SMS, in-process (MSW).

let mocks: Mocks
beforeAll(() => { mocks = startMocks({ now: NOW }) })
afterEach(() => { mocks.state.reset(); mocks.server.resetHandlers() })
afterAll(() => mocks.close())

const verify = (body: unknown) => post(`${mocks.urls.identity}/v1/verify`, body)

describe('identity', () => {
  const cases = [
    { name: 'unseeded resident ID passing GB 11643 matches by default', seed: [], req: { idNumber: ID, name: '张三' }, result: 'match' },
    { name: 'unseeded resident ID with a wrong check character is not found', seed: [], req: { idNumber: '110105194912310021', name: '张三' }, result: 'not-found' },
    { name: 'unseeded other document type is not found', seed: [], req: { idType: '外籍护照', idNumber: 'E12345678', name: 'SMITH' }, result: 'not-found' },
    { name: 'seeded, other name: mismatch', seed: [{ idType: '居民身份证', idNumber: ID, name: '李四' }], req: { idNumber: ID, name: '张三' }, result: 'mismatch' },
    { name: 'seeded, expired the day before today', seed: [{ idType: '居民身份证', idNumber: ID, name: '张三', validUntil: '2026-02-28' }], req: { idNumber: ID, name: '张三' }, result: 'expired' },
    { name: 'seeded, valid through today', seed: [{ idType: '居民身份证', idNumber: ID, name: '张三', validUntil: '2026-03-01' }], req: { idNumber: ID, name: '张三' }, result: 'match' },
    { name: 'seeded passport matches', seed: [{ idType: '外籍护照', idNumber: 'E12345678', name: 'SMITH' }], req: { idType: '外籍护照', idNumber: 'E12345678', name: 'SMITH' }, result: 'match' },
  ] as const
  test.each(cases)('$name', async ({ seed, req, result }) => {
    mocks.state.identity.add([...seed])
    const res = await verify({ idType: '居民身份证', ...req })
    expect(res.status).toBe(200)
    expect(IdentityVerifyResponse.parse(res.body).result).toBe(result)
  })
})

describe('education', () => {
  const report = { code: 'A1B2C3D4E5F6G7H8', idNumber: ID, name: '张三', issuedOn: '2025-09-01', school: '北京大学', level: '本科', major: '临床医学', graduation: '2026-06' } as const
  const cases = [
    { name: 'valid on the last day (issuedOn + 6 months)', req: { referenceDate: '2026-03-01' }, result: 'valid' },
    { name: 'expired the day after', req: { referenceDate: '2026-03-02' }, result: 'expired' },
    { name: 'reference date defaults to the clock (2026-03-01)', req: {}, result: 'valid' },
    { name: 'unknown code', req: { code: 'NOPE' }, result: 'unknown' },
    { name: "another person's code is unknown", req: { name: '李四' }, result: 'unknown' },
  ] as const
  test.each(cases)('$name', async ({ req, result }) => {
    mocks.state.education.add(report)
    const res = await post(`${mocks.urls.education}/v1/verify`, { code: report.code, idNumber: ID, name: '张三', ...req })
    const body = EducationVerifyResponse.parse(res.body)
    expect(body.result).toBe(result)
    if (body.result === 'valid') expect(body.report).toMatchObject({ school: '北京大学', level: '本科', major: '临床医学', graduation: '2026-06', kind: '教育部学历证书电子注册备案表' })
    if (body.result === 'expired') expect(body.validUntil).toBe('2026-03-01')
  })
})

describe('registry', () => {
  const rec = (certNumber: string) => ({ idNumber: ID, name: '张三', type: '执业助理医师', certNumber, issued: '2019-12', registrationNumber: `R${certNumber}`, registered: '2020-03', scope: '内科专业' }) as const
  const cases = [
    { name: 'all records of the person', req: {}, count: 2 },
    { name: 'narrowed by certificate number', req: { certNumber: 'C1' }, count: 1 },
    { name: 'narrowed by registration number', req: { registrationNumber: 'RC2' }, count: 1 },
    { name: 'numbers that do not belong together', req: { certNumber: 'C1', registrationNumber: 'RC2' }, count: 0 },
    { name: 'unknown person', req: { idNumber: '110101199001011237' }, count: 0 },
  ]
  test.each(cases)('$name', async ({ req, count }) => {
    mocks.state.registry.add([rec('C1'), rec('C2')])
    const body = RegistryLookupResponse.parse((await post(`${mocks.urls.registry}/v1/lookup`, { idNumber: ID, ...req })).body)
    expect(body.records).toHaveLength(count)
    expect(body.result).toBe(count > 0 ? 'found' : 'not-found')
  })
})

describe('sms', () => {
  const inbox = async (q = '') => SmsInboxResponse.parse(await (await fetch(`${mocks.urls.sms}/v1/messages${q}`)).json()).messages
  test('accepts messages with ids, lists newest first per mobile or all, clears per mobile', async () => {
    for (const [mobile, text] of [['13800000001', '退回修改一'], ['13800000002', '其他'], ['13800000001', '退回修改二']]) {
      const res = await post(`${mocks.urls.sms}/v1/messages`, { mobile, text })
      expect(res.status).toBe(201)
      expect(res.body.status).toBe('accepted')
    }
    expect((await inbox('?mobile=13800000001')).map((m) => [m.id, m.text])).toEqual([['SMS-000003', '退回修改二'], ['SMS-000001', '退回修改一']])
    expect(await inbox()).toHaveLength(3)
    expect((await (await fetch(`${mocks.urls.sms}/v1/messages?mobile=13800000001`, { method: 'DELETE' })).json()).removed).toBe(2)
    expect((await inbox()).map((m) => m.mobile)).toEqual(['13800000002'])
    expect((await inbox())[0]!.sentAt).toBe(NOW().toISOString())
  })
})

describe('requests that break the contract get 400 with a message naming the field', () => {
  const bad = [
    { service: 'identity', path: '/v1/verify', body: { idType: '居民身份证', idNumber: ID }, field: 'name' },
    { service: 'identity', path: '/v1/verify', body: { idType: '身份证', idNumber: ID, name: '张三' }, field: 'idType' },
    { service: 'education', path: '/v1/verify', body: { code: 'X', idNumber: ID, name: '张三', referenceDate: '2026/03/01' }, field: 'referenceDate' },
    { service: 'registry', path: '/v1/lookup', body: { certNumber: 'C1' }, field: 'idNumber' },
    { service: 'payment', path: '/v1/orders', body: { orderId: 'O1', amount: 289, subject: '技能考试费', notifyUrl: 'not a url', returnUrl: 'http://127.0.0.1/back' }, field: 'notifyUrl' },
    { service: 'payment', path: '/v1/orders', body: { orderId: 'O1', amount: 289.5, subject: '技能考试费', notifyUrl: 'http://127.0.0.1/n', returnUrl: 'http://127.0.0.1/back' }, field: 'amount' },
    { service: 'payment', path: '/v1/refunds', body: { orderId: 'O1', amount: 100, channel: 'paypal' }, field: 'channel' },
    { service: 'sms', path: '/v1/messages', body: { mobile: '138-0000', text: '你好' }, field: 'mobile' },
    { service: 'sms', path: '/v1/messages', body: { mobile: '13800000001', text: '  ' }, field: 'text' },
  ] as const
  test.each(bad)('$service $path without a valid $field', async ({ service, path, body, field }) => {
    const res = await post(`${mocks.urls[service]}${path}`, body)
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('invalid-request')
    expect(res.body.message).toContain(field)
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(field)
  })
  test('a body that is not JSON', async () => {
    const res = await post(`${mocks.urls.identity}/v1/verify`, undefined, { body: '{oops' })
    expect(res).toMatchObject({ status: 400, body: { error: 'invalid-json' } })
  })
})

test('a request to any other host is an error, so nothing reaches a real network', async () => {
  await expect(fetch('http://example.com/')).rejects.toThrow()
})

test('seedCandidate makes the services agree with an example candidate', async () => {
  const c = candidateExample('fresh-graduate', { profile: PROFILES.national, refDate: '2026-03-01' })
  const seeded = seedCandidate(mocks.state, c)
  expect(seeded.identity).toBe(1)
  const res = await verify({ idType: c.idType, idNumber: c.idNumber, name: c.name })
  expect(res.body.result).toBe('match')
  for (const e of c.education.filter((e) => e.verification)) {
    const r = await post(`${mocks.urls.education}/v1/verify`, { code: e.verification!.code, idNumber: c.idNumber, name: c.name, referenceDate: e.verification!.issuedOn })
    expect(r.body.result).toBe('valid')
  }
})
