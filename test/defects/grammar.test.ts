import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { drawOrder, mutationSites } from '../../src/site/defects/grammar.ts'

// The fresh defects' grammar: changes that compile, drawn in a seed's order.
describe('the grammar of fresh defects', () => {
  const sites = mutationSites()
  it('sends a route to candidateOf only in a file that has it (a change that does not compile is no defect)', () => {
    for (const m of sites.filter((x) => x.after.includes('candidateOf(c)') && !x.before.includes('candidateOf(c)'))) {
      expect(readFileSync(join('src/site', m.file), 'utf8'), m.id).toMatch(/(const|function) candidateOf\b|import .*\bcandidateOf\b/)
    }
  })
  it('draws every change once, the same order for the same seed', () => {
    const a = drawOrder(7, sites).map((m) => m.id)
    expect(new Set(a).size).toBe(sites.length)
    expect(drawOrder(7, sites).map((m) => m.id)).toEqual(a)
    expect(drawOrder(8, sites).map((m) => m.id)).not.toEqual(a)
  })
})
