import type { Mutation } from '../site/defects/grammar.ts'

/** Wilson's 95% interval of a proportion k/n (sound for small n and rates near 1). */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1]
  const p = k / n
  const d = 1 + (z * z) / n
  const centre = (p + (z * z) / (2 * n)) / d
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/** One drawn defect of a fresh run: the change, what the rule tour saw broken, and whether the suite killed it. */
export interface FreshDefect {
  name: string
  mutation: Pick<Mutation, 'id' | 'production' | 'file' | 'line' | 'before' | 'after'>
  /** 'breaking': the tour saw a catalogue rule broken; 'equivalent': no probe saw a difference; 'crashed': the patched site did not start or a probe threw. */
  verdict: 'breaking' | 'equivalent' | 'crashed'
  rules: string[]
  probes?: string[]
  crash?: string
  killed?: boolean
  by?: string[]
}

/** reports/defects-fresh.json. */
export interface FreshReport {
  seed: number
  drawn: number
  breaking: number
  killed: number
  rate: number
  interval: [number, number]
  profile: string
  seconds: { tour: number; kill: number }
  defects: FreshDefect[]
}

/** The figures of a fresh run from its defects (rate = killed / breaking, with Wilson's interval). */
export function freshReport(seed: number, profile: string, defects: FreshDefect[], seconds: FreshReport['seconds']): FreshReport {
  const breaking = defects.filter((d) => d.verdict === 'breaking')
  const killed = breaking.filter((d) => d.killed).length
  const round = (x: number) => Math.round(x * 1000) / 1000
  return {
    seed, drawn: defects.length, breaking: breaking.length, killed, rate: breaking.length ? round(killed / breaking.length) : 0,
    interval: wilson(killed, breaking.length).map(round) as [number, number], profile, seconds, defects,
  }
}
