import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../../packageRoot.ts'
import { z } from 'zod'
import { isSeedSource, type AnyRule } from '../rule.ts'
import { SEED_FILES } from '../seeds.ts'
import { markersIn } from './markers.ts'
import { splitSeed, squash, type SeedSentence } from './splitSeed.ts'

/** Why a sentence is carried by no rule. */
export const CLASSES = {
  narrative: 'narrative, explanation or advice: states no requirement a registration system could meet or break',
  ocr: "a screenshot's OCR noise or an image placeholder",
  contact: 'contact details, addresses, links',
  offline: 'an instruction the candidate carries out offline or in another system (the reason says where)',
  duplicate: 'a duplicate of another sentence, which carries it',
} as const
export type SentenceClass = keyof typeof CLASSES

const ID = /^\d{3}:[SR]\d{4}$/
const Entry = z.union([
  z.object({ starts: z.string().min(1), rules: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ starts: z.string().min(1), class: z.enum(Object.keys(CLASSES) as [SentenceClass, ...SentenceClass[]]).exclude(['duplicate']), reason: z.string().min(4) }).strict(),
  z.object({ starts: z.string().min(1), class: z.literal('duplicate'), of: z.string().regex(ID) }).strict(),
])
export type SeedMapEntry = z.infer<typeof Entry>
/** The hand-kept data file: sentence ID → the rules that carry it, or its class and reason. */
export const SeedMapData = z.record(z.string().regex(ID, 'sentence IDs look like 002:S0412 or 002:R0031'), Entry)
export type SeedMapData = z.infer<typeof SeedMapData>

/** Where the data file lives. */
export const SEED_MAP_FILE = join(PACKAGE_ROOT, 'src/rules/seedMap/seedMap.json')
/** How many leading characters of a sentence (whitespace removed) an entry repeats, so a shifted ID is caught. */
export const STARTS_LENGTH = 12

/** The data file, validated. */
export function loadSeedMapData(file: string | URL = SEED_MAP_FILE): SeedMapData {
  return SeedMapData.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/** A seed's sentence with what accounts for it. */
export interface MappedSentence extends SeedSentence {
  markers: string[]
  /** Rules whose source quotes lie in it (automatic) or that the data file names. */
  rules: string[]
  class?: SentenceClass
  reason?: string
  of?: string
}

export interface SeedMapSeed {
  seed: string
  sentences: MappedSentence[]
}

/** Per-seed counts; mapped, classified and unaccounted partition the normative sentences. */
export interface SeedCounts { seed: string; sentences: number; normative: number; mapped: number; classified: number; unaccounted: number }

const seedText = (file: string) => readFileSync(join(PACKAGE_ROOT, 'seeds', file), 'utf8')

/** Every seed split into sentences, each with the rules whose quotes lie in it, then the data file's mappings and classes. */
export function buildSeedMap(rules: readonly AnyRule[], data: SeedMapData = loadSeedMapData()): SeedMapSeed[] {
  return SEED_FILES.map((seed) => {
    const text = seedText(seed)
    const flat = squash(text)
    const sentences: MappedSentence[] = splitSeed(seed, text).map((s) => ({ ...s, markers: markersIn(s.text), rules: [] }))
    const add = (s: MappedSentence, id: string) => { if (!s.rules.includes(id)) s.rules.push(id) }
    for (const rule of rules) {
      for (const src of rule.sources) {
        if (!isSeedSource(src) || src.seed !== seed) continue
        const quote = squash(src.quote)
        // Every occurrence: a quote the seed repeats carries each copy; a quote across sentences carries each.
        for (let at = flat.indexOf(quote); at >= 0; at = flat.indexOf(quote, at + 1)) {
          for (const s of sentences) if (s.start < at + quote.length && at < s.end) add(s, rule.id)
        }
      }
    }
    const byId = new Map(sentences.map((s) => [s.id, s]))
    for (const [id, entry] of Object.entries(data)) {
      const s = byId.get(id)
      if (!s) continue
      if ('rules' in entry) entry.rules.forEach((r) => add(s, r))
      else Object.assign(s, { class: entry.class, reason: 'reason' in entry ? entry.reason : undefined, of: 'of' in entry ? entry.of : undefined })
    }
    return { seed, sentences }
  })
}

/** A sentence that needs accounting for: it carries a marker. */
export const isNormative = (s: MappedSentence): boolean => s.markers.length > 0
/** A normative sentence that no rule carries and nothing classifies. */
export const isUnaccounted = (s: MappedSentence): boolean => isNormative(s) && s.rules.length === 0 && !s.class

/** The counts `baoming rules --seed-map` prints. */
export function seedCounts(map: readonly SeedMapSeed[]): SeedCounts[] {
  return map.map(({ seed, sentences }) => {
    const normative = sentences.filter(isNormative)
    const mapped = normative.filter((s) => s.rules.length > 0)
    return {
      seed,
      sentences: sentences.length,
      normative: normative.length,
      mapped: mapped.length,
      classified: normative.length - mapped.length - normative.filter(isUnaccounted).length,
      unaccounted: normative.filter(isUnaccounted).length,
    }
  })
}

/** What is wrong with the data file against the seeds and the catalogue: unknown rules, gone or shifted sentences. */
export function seedMapProblems(map: readonly SeedMapSeed[], data: SeedMapData, ruleIds: ReadonlySet<string>): string[] {
  const byId = new Map(map.flatMap((m) => m.sentences.map((s) => [s.id, s] as const)))
  return Object.entries(data).flatMap(([id, entry]) => {
    const s = byId.get(id)
    if (!s) return [`${id}: no such sentence in the seeds`]
    const problems: string[] = []
    if (!squash(s.text).startsWith(entry.starts)) problems.push(`${id}: the entry says it starts 「${entry.starts}」 but the sentence is 「${s.text}」`)
    if ('rules' in entry) problems.push(...entry.rules.filter((r) => !ruleIds.has(r)).map((r) => `${id}: names the unknown rule ${r}`))
    if ('of' in entry) {
      const of = byId.get(entry.of)
      if (!of) problems.push(`${id}: duplicate of ${entry.of}, which is no sentence`)
      else if (of.id === id || (of.rules.length === 0 && !of.class)) problems.push(`${id}: duplicate of ${entry.of}, which is itself unaccounted`)
    }
    return problems
  })
}
