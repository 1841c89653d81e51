import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { PACKAGE_ROOT } from '../../packageRoot.ts'
import type { Patch } from './patch.ts'

// A grammar of small changes to the site's code, of the kinds vendors ship: a guard dropped, a
// comparison turned around, a route skipping a check, a sort on the wrong key or in the wrong
// direction, a condition losing one of its terms. `npm run defects -- --fresh SEED` draws from every
// place in src/site where a production applies, so nobody picks the defects the suite is tuned to.

const SITE = join(PACKAGE_ROOT, 'src/site') + '/'

/**
 * The folders of the site whose code decides who may do what, when and in which order (the part the
 * rule tour probes): not pages' markup, not the field validation (the boundary specs' own ground), not the defects themselves.
 */
const FOLDERS = ['actions', 'portal', 'review', 'payment', 'lifecycle', 'routes', 'auth', 'store']

/** One drawn change: where, which production, and the patch it makes. */
export interface Mutation { id: string; production: Production; file: string; line: number; before: string; after: string; patch: Patch }

export type Production = 'drop-guard' | 'flip-equality' | 'flip-bound' | 'skip-route-check' | 'wrong-sort' | 'drop-condition-term'

/** Each production: the lines it applies to and the variants it makes of one line. */
const PRODUCTIONS: { name: Production; variants(line: string, file: string, source: string): string[] }[] = [
  {
    // A guard that refuses is gone: `if (…) throw Refusal…`, `refuseAll(…)`, `refuse(…)` on one line.
    name: 'drop-guard',
    variants: (l) => (/^\s*(if \(.*\) throw (Refusal|new Refusal)|refuseAll\(.*\)$|refuse\(.*\)$|refuseIf\w+\(.*\)$|requirePortal\(site\)$)/.test(l) ? [''] : []),
  },
  {
    // An equality in a guard or a decision turned around (a line that refuses, returns a verdict or filters).
    name: 'flip-equality',
    variants: (l) => (/\bif \(.*\b(throw|return)\b|^\s*return\b|\.filter\(|\.find\(/.test(l) ? occurrences(l, / (===|!==) /g).map(([i, m]) => l.slice(0, i) + (m === ' === ' ? ' !== ' : ' === ') + l.slice(i + m.length)) : []),
  },
  {
    // A bound off by one: < for <=, > for >= and back.
    name: 'flip-bound',
    variants: (l) => (/\bif \(|\breturn\b|\.filter\(/.test(l) ? occurrences(l, / (<=|>=|<|>) /g).map(([i, m]) => l.slice(0, i) + ({ ' <= ': ' < ', ' >= ': ' > ', ' < ': ' <= ', ' > ': ' >= ' } as Record<string, string>)[m]! + l.slice(i + m.length)) : []),
  },
  {
    // A route that skips a check the others make: authorisation, ownership, the candidate or staff requirement.
    name: 'skip-route-check',
    variants: (l, f, source) => {
      if (!f.startsWith('routes/')) return []
      const out: string[] = []
      // Only where the file has candidateOf: a change that does not compile is no defect a vendor ships.
      if (l.includes('authorised(c)') && !/const authorised/.test(l) && /(const|function) candidateOf\b|import .*\bcandidateOf\b/.test(source)) out.push(l.replace('authorised(c)', 'candidateOf(c)'))
      if (/requireCandidate\(c\) \?\? next\(\)/.test(l)) out.push(l.replace('requireCandidate(c) ?? next()', 'next()'))
      if (/if \(!authorised\(c\)\) return/.test(l)) out.push('')
      return out
    },
  },
  {
    // A list sorted on the wrong key or in the wrong direction.
    name: 'wrong-sort',
    variants: (l) => occurrences(l, /ORDER BY [a-z_]+ (ASC|DESC)/g).flatMap(([i, m]) => [
      l.slice(0, i) + m.replace(/ (ASC|DESC)$/, (d) => (d === ' ASC' ? ' DESC' : ' ASC')) + l.slice(i + m.length),
      l.slice(0, i) + m.replace(/ORDER BY [a-z_]+/, 'ORDER BY id') + l.slice(i + m.length),
    ]).filter((v) => v !== l),
  },
  {
    // A condition losing one of its terms: `a && b` becomes `b` (the guard checks less than it should).
    name: 'drop-condition-term',
    variants: (l) => (/\bif \(.*&&/.test(l) ? occurrences(l, /\(([^()&|]+) && /g).map(([i, m]) => `${l.slice(0, i)}(${l.slice(i + m.length)}`) : []),
  },
]

function occurrences(s: string, re: RegExp): [number, string][] {
  return [...s.matchAll(re)].map((m) => [m.index!, m[0]])
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

/** Every change the grammar can make to the site, in a stable order (file, line, production, variant). */
export function mutationSites(): Mutation[] {
  const out: Mutation[] = []
  for (const path of FOLDERS.flatMap((f) => sources(join(SITE, f))).sort()) {
    const file = relative(SITE, path).split('\\').join('/')
    const source = readFileSync(path, 'utf8')
    const lines = source.split('\n')
    lines.forEach((line, i) => {
      if (/^\s*(\/\/|\*|\/\*\*|import )/.test(line) || line.includes('site.defects.has')) return
      for (const p of PRODUCTIONS) {
        p.variants(line, file, source).forEach((after, v) => {
          // The patch carries the neighbouring lines so that it applies at this place only.
          const find = lines.slice(Math.max(0, i - 1), i + 2).join('\n')
          const replace = [...lines.slice(Math.max(0, i - 1), i), ...(after === '' ? [] : [after]), ...lines.slice(i + 1, i + 2)].join('\n')
          out.push({ id: `${p.name}:${file}:${i + 1}:${v}`, production: p.name, file, line: i + 1, before: line.trim(), after: after.trim(), patch: { file, find, replace } })
        })
      }
    })
  }
  return out
}

/** A small seeded generator (mulberry32): the same seed draws the same defects. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The mutation sites in the order a seed draws them (a seeded shuffle of all of them). */
export function drawOrder(seed: number, sites: readonly Mutation[] = mutationSites()): Mutation[] {
  const rnd = seeded(seed)
  const out = [...sites]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
