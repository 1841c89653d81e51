import { generateCandidate } from '../generator/generateCandidate.ts'
import type { ProfileId } from '../rules/profiles.ts'
import { makeUnique, reserveBlock } from '../../fixtures/unique.ts'
import type { Target } from '../../fixtures/adapter.ts'
import { loadAdapter } from '../../fixtures/loadAdapter.ts'
import { describe } from './oneLine.ts'
// Loaded before any adapter starts in-process mocks, so the check goes past their interceptors.
import { overHttp } from '../site/client/transports.ts'

/** Why a conformance run cannot start: the one line the CLI prints. */
export class PreflightError extends Error {}

const SECONDS = 30

/** Runs `work`, failing with `what` when it throws or takes longer than the preflight allows. */
async function step<T>(what: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${SECONDS} s`)), SECONDS * 1000) })
  try {
    return await Promise.race([work(), late])
  } catch (err) {
    throw new PreflightError(`${what} (${describe(err)})`)
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Before the suite runs: the adapter loads, creates its target, the target answers over HTTP, and a
 * candidate account it registers can log in. Throws a PreflightError naming the first step that failed.
 */
export async function preflight(o: { adapter: string; profile: ProfileId; baseURL?: string }): Promise<void> {
  const mod = await step(`adapter ${o.adapter} does not load; fix the module (docs/adapters.md)`, () => loadAdapter(o.adapter))
  const target: Target = await step('the adapter\'s createTarget failed; check --base-url and that your system is up', () => mod.createTarget({ profile: o.profile, baseURL: o.baseURL }))
  try {
    const url = o.baseURL || target.url
    await step(`the target at ${url} does not answer; start it or check --base-url`, async () => {
      await overHttp(url, { method: 'GET', headers: {} }) // any HTTP status is an answer
    })
    const c = makeUnique(() => reserveBlock(target.url))(generateCandidate({ seed: 1, profile: o.profile, persona: 'fresh-graduate' }).candidate)
    const until = target.steps.find((s) => s !== 'register' && s !== 'probation')
    const e = await step('registering a test candidate failed; check the adapter\'s api.enrol', () => target.api.enrol(c, until ? { until } : {}))
    if (e.refused) throw new PreflightError(`the target refused to register a valid test candidate at step ${e.refused.step} (HTTP ${e.refused.status}${e.refused.errors[0] ? `: ${e.refused.errors[0].message}` : ''}); check the adapter's api.enrol and the --profile`)
    const login = await step('logging in failed; check the adapter\'s api.login', () => target.api.login(c.username, c.password))
    if (!login.session) throw new PreflightError(`a freshly registered account cannot log in (HTTP ${login.answer.status}); check the adapter's api.login`)
  } finally {
    await target.close().catch(() => {})
  }
}
