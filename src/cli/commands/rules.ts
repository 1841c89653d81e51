import { Command } from 'commander'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES } from '../../rules/catalogue.ts'
import { catalogueJson, catalogueMarkdown } from '../../rules/export.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import { PACKAGE_ROOT } from '../packageRoot.ts'
import { parseChoice, parseProfile } from '../options.ts'

/** Where the generated Markdown catalogue lives in the repo. */
export const RULES_DOC = join(PACKAGE_ROOT, 'docs', 'rules.md')

export function rulesCommand(): Command {
  return new Command('rules')
    .description('Print the rules catalogue (JSON for tools, Markdown for people)')
    .option('-p, --profile <profile>', 'only the rules that apply under this profile, with its parameters', parseProfile)
    .option('-f, --format <format>', 'json or md', parseChoice(['json', 'md'] as const, 'format'), 'json')
    .option('--write-docs', 'rewrite docs/rules.md from the code (what the staleness test compares)')
    .addHelpText('after', `
Examples:
  npx baoming rules --format md > rules.md
  npx baoming rules --profile hubei-2026 | jq '.[] | select(.id=="PHOTO-SIZE").profiles'
  npm run rules:export            # regenerate docs/rules.md`)
    .action((opts: { profile?: ProfileId; format: 'json' | 'md'; writeDocs?: boolean }) => {
      if (opts.writeDocs) {
        writeFileSync(RULES_DOC, catalogueMarkdown(RULES))
        console.log(`wrote docs/rules.md (${RULES.length} rules)`)
        return
      }
      const out = opts.format === 'md' ? catalogueMarkdown(RULES, opts.profile) : JSON.stringify(catalogueJson(RULES, opts.profile), null, 2) + '\n'
      process.stdout.write(out)
    })
}
