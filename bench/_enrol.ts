import { startReferenceSite } from '../fixtures/startReferenceSite.ts'
import { referenceTarget } from '../fixtures/adapters/referenceSite.ts'
import { candidateExample } from '../src/rules/examples.ts'
import { ctxFor } from '../src/rules/rule.ts'
const ref = await startReferenceSite('hubei-2026')
const target = referenceTarget(ref, 'hubei-2026')
const base = candidateExample('fresh-graduate', ctxFor('hubei-2026'))
const N = 200
for (let i = 0; i < 5; i++) await target.api.enrol(target.unique(base))
const p0 = process.cpuUsage()
for (let i = 0; i < N; i++) { const e = await target.api.enrol(target.unique(base)); if (e.refused) throw new Error(JSON.stringify(e.refused)) }
const p = process.cpuUsage(p0)
console.log('enrol:', ((p.user + p.system) / 1000 / N).toFixed(1), 'ms CPU')
await ref.close()
