import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { ADMIN_BASE, DEFAULT_MOCK_ORIGIN, SERVICES, type Service } from '../contracts.ts'
import { SCENARIO_NAMES, SCENARIOS, parseScenarioNames } from '../scenarios.ts'
import { startMocks, type Mocks } from '../startMocks.ts'
import { ID, NOW, post } from './receiver.ts'

// Service-wide faults (timeout, 5xx) for every service, used per test and switched by name.

let mocks: Mocks
beforeAll(() => { mocks = startMocks({ now: NOW, options: { timeoutMs: 30 } }) })
afterEach(() => { mocks.state.reset(); mocks.server.resetHandlers() })
afterAll(() => mocks.close())

/** One ordinary request per service, answered 2xx on the happy path. */
const PROBES: Record<Service, { path: string; body?: unknown }> = {
  identity: { path: '/v1/verify', body: { idType: '居民身份证', idNumber: ID, name: '张三' } },
  education: { path: '/v1/verify', body: { code: 'X', idNumber: ID, name: '张三' } },
  registry: { path: '/v1/lookup', body: { idNumber: ID } },
  payment: { path: '/v1/orders', body: { orderId: 'O1', amount: 28900, subject: '考试费', notifyUrl: 'http://127.0.0.1:9/n', returnUrl: 'http://127.0.0.1:9/r' } },
  sms: { path: '/v1/messages', body: { mobile: '13800000001', text: '你好' } },
}
const probe = (s: Service, init: RequestInit = {}) => post(`${mocks.urls[s]}${PROBES[s].path}`, PROBES[s].body, init)

const FAULTS = SERVICES.flatMap((service) => [
  { service, scenario: `${service}-timeout` as const, status: 504, error: 'upstream-timeout' },
  { service, scenario: `${service}-5xx` as const, status: 503, error: 'service-unavailable' },
])

describe.each(FAULTS)('$scenario', ({ service, scenario, status, error }) => {
  test(`answers ${status} with a retry message (server.use)`, async () => {
    expect((await probe(service)).status).toBeLessThan(300)
    mocks.server.use(...mocks.scenario(scenario))
    const res = await probe(service)
    expect(res).toMatchObject({ status, body: { error } })
    expect(res.body.message).toContain('请稍后重试')
  })
  test('switched on by name, leaves the other services alone, and off again', async () => {
    mocks.useScenarios([scenario])
    expect((await probe(service)).status).toBe(status)
    for (const other of SERVICES.filter((s) => s !== service)) expect((await probe(other)).status).toBeLessThan(300)
    mocks.useScenarios([])
    expect((await probe(service)).status).toBeLessThan(300)
  })
})

test('a timeout is bounded by the caller too: an aborting client is not held', async () => {
  mocks.ctx.options.timeoutMs = 600_000
  try {
    mocks.useScenarios(['identity-timeout'])
    await expect(probe('identity', { signal: AbortSignal.timeout(20) })).rejects.toThrow(/abort|timeout/i)
  } finally { mocks.ctx.options.timeoutMs = 30 }
})

test('every scenario has a summary and a service, and names are checked', () => {
  expect(SCENARIO_NAMES).toHaveLength(SERVICES.length * 2 + 4)
  for (const s of SCENARIOS.values()) expect(s.summary.length).toBeGreaterThan(10)
  expect(() => parseScenarioNames(['identity-timeout', 'identity-slow'])).toThrow(/unknown scenario "identity-slow"; use any of: identity-timeout/)
  expect(() => mocks.useScenarios(['nope'])).toThrow(/unknown scenario/)
})

describe('admin endpoints', () => {
  const admin = `${DEFAULT_MOCK_ORIGIN}${ADMIN_BASE}`
  test('PUT /scenarios switches, GET lists, unknown names are 400', async () => {
    const put = (active: string[]) => fetch(`${admin}/scenarios`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ active }) })
    expect((await put(['registry-5xx'])).status).toBe(200)
    expect((await probe('registry')).status).toBe(503)
    const view = await (await fetch(`${admin}/scenarios`)).json()
    expect(view.active).toEqual(['registry-5xx'])
    expect(view.available.map((s: { name: string }) => s.name)).toEqual(SCENARIO_NAMES)
    const bad = await put(['registry-slow'])
    expect(bad.status).toBe(400)
    expect((await bad.json()).message).toContain('registry-slow')
    expect(mocks.state.scenarios.has('registry-5xx')).toBe(true)
  })
  test('seeding and reset', async () => {
    const seed = await post(`${admin}/seed/identity`, [{ idType: '居民身份证', idNumber: ID, name: '李四' }])
    expect(seed).toMatchObject({ status: 201, body: { added: 1 } })
    expect((await probe('identity')).body.result).toBe('mismatch')
    expect((await post(`${admin}/seed/registry`, { idNumber: ID })).status).toBe(400)
    await post(`${admin}/reset`, {})
    expect((await probe('identity')).body.result).toBe('match')
  })
})
