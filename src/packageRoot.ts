import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder of Baoming's package.json (the repository, or node_modules/baoming), from the sources or the built CLI alike. */
export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)))

function findRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    const manifest = join(d, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'baoming') return d
    if (dirname(d) === d) throw new Error(`no package.json of baoming above ${dir}`)
  }
}
