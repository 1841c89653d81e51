import { Command } from 'commander'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES } from '../../rules/catalogue.ts'
import { catalogueJson, catalogueMarkdown } from '../../rules/export.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import { buildSeedMap, seedCounts } from '../../rules/seedMap/seedMap.ts'
import { seedCountsMarkdown, seedMapMarkdown } from '../../rules/seedMap/seedMapMarkdown.ts'
import { PACKAGE_ROOT } from '../../packageRoot.ts'
import { UsageError } from '../usageError.ts'
import { parseChoice, parseProfile } from '../options.ts'

/** Where the generated Markdown catalogue lives in the repo. */
export const RULES_DOC = join(PACKAGE_ROOT, 'docs', 'rules.md')
/** Where the generated seed map lives in the repo. */
export const SEED_MAP_DOC = join(PACKAGE_ROOT, 'docs', 'seed-map.md')

export function rulesCommand(): Command {
  return new Command('rules')
    .description('Print the rules catalogue (JSON for tools, Markdown for people)')
    .option('-p, --profile <profile>', 'only the rules that apply under this profile, with its parameters', parseProfile)
    .option('-f, --format <format>', 'json or md', parseChoice(['json', 'md'] as const, 'format'), 'json')
    .option('--seed-map', 'per seed: sentences, normative ones, and how many rules map, classes explain or nothing accounts for')
    .option('--write-docs', 'rewrite docs/rules.md and docs/seed-map.md from the code (what the staleness tests compare)')
    .addHelpText('after', `
Examples:
  npx baoming rules --format md > rules.md
  npx baoming rules --profile hubei-2026 | jq '.[] | select(.id=="PHOTO-SIZE").profiles'
  npx baoming rules --seed-map --format md   # how far the rules account for each seed's sentences
  npm run rules:export            # regenerate docs/rules.md and docs/seed-map.md`)
    .action((opts: { profile?: ProfileId; format: 'json' | 'md'; writeDocs?: boolean; seedMap?: boolean }) => {
      if (opts.writeDocs) {
        writeFileSync(RULES_DOC, catalogueMarkdown(RULES))
        const map = buildSeedMap(RULES)
        writeFileSync(SEED_MAP_DOC, seedMapMarkdown(map))
        const counts = seedCounts(map)
        console.log(`wrote docs/rules.md (${RULES.length} rules) and docs/seed-map.md (${counts.reduce((n, c) => n + c.sentences, 0)} sentences, ${counts.reduce((n, c) => n + c.unaccounted, 0)} unaccounted)`)
        return
      }
      if (opts.seedMap) {
        if (opts.profile) throw new UsageError('--seed-map counts the seeds\' sentences, which no profile filters: drop --profile')
        const map = buildSeedMap(RULES)
        process.stdout.write(opts.format === 'md' ? seedCountsMarkdown(map) + '\n' : JSON.stringify({ seeds: seedCounts(map) }, null, 2) + '\n')
        return
      }
      const out = opts.format === 'md' ? catalogueMarkdown(RULES, opts.profile) : JSON.stringify(catalogueJson(RULES, opts.profile), null, 2) + '\n'
      process.stdout.write(out)
    })
}
