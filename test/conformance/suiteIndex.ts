import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { PROFILE_IDS, type ProfileId } from '../../src/rules/profiles.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

interface ListedSuite { suites?: ListedSuite[]; specs?: { tags: string[]; tests: { projectName: string }[] }[] }

/** How each profile's project covers each rule: by a UI test, an API test. Read from `playwright test --list`. */
export type SuiteIndex = Record<ProfileId, Map<string, { ui: number; api: number }>>

/** Lists the conformance suite of every profile (no test runs) and indexes it by rule. */
export function listSuite(): SuiteIndex {
  const out = execFileSync('npx', ['playwright', 'test', '--list', '--reporter=json', ...PROFILE_IDS.map((p) => `--project=${p}`)], {
    cwd: ROOT, env: { ...process.env, BAOMING_PROFILES: PROFILE_IDS.join(',') }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'],
  })
  const json = JSON.parse(out.slice(out.indexOf('{'))) as { suites: ListedSuite[] }
  const index = Object.fromEntries(PROFILE_IDS.map((p) => [p, new Map()])) as SuiteIndex
  const walk = (s: ListedSuite) => {
    s.suites?.forEach(walk)
    for (const spec of s.specs ?? []) {
      const rules = spec.tags.filter((t) => t.startsWith('rule:')).map((t) => t.slice('rule:'.length))
      const kind = spec.tags.includes('ui') ? 'ui' : spec.tags.includes('api') ? 'api' : null
      for (const t of spec.tests) {
        const byRule = index[t.projectName as ProfileId]
        if (!byRule || !kind) continue
        for (const id of rules) {
          const entry = byRule.get(id) ?? { ui: 0, api: 0 }
          entry[kind]++
          byRule.set(id, entry)
        }
      }
    }
  }
  json.suites.forEach(walk)
  return index
}
