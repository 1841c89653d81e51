import { Command } from 'commander'
import { existsSync, readdirSync } from 'node:fs'

const SPECS = new URL('../../../specs/', import.meta.url)

function hasSpecs(dir: URL): boolean {
  if (!existsSync(dir)) return false
  return readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.spec.ts'))
}

export function conformanceCommand(): Command {
  return new Command('conformance')
    .description('Start the reference site (or use --base-url), run the conformance suite and write the reports')
    .action(() => {
      if (!hasSpecs(SPECS)) {
        console.log('baoming conformance: no specs exist yet (specs/ is empty); nothing to run. The catalogue is ready: npx baoming rules --format md')
        return
      }
      console.error('baoming conformance: the suite runner is not built yet')
      process.exitCode = 1
    })
}
