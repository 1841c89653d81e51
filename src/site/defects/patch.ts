import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../../packageRoot.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import type { Defect } from './registry.ts'

/** One small change to a source file of the site: the exact text (found once) and what replaces it. */
export interface Patch { file: string; find: string; replace: string }

/** One patch: in `file` (under src/site), the text `find` becomes `replace`. */
export const edit = (file: string, find: string, replace: string): Patch => ({ file, find, replace })

/** A code-level defect (its patches of src/site), run under hubei-2026, the profile with the whole lifecycle, unless it names profiles. */
export const patchDefect = (d: Omit<Defect, 'profiles' | 'patch'> & { patch: readonly Patch[]; profiles?: readonly ProfileId[] }): Defect => ({ profiles: ['hubei-2026'], ...d })

const ROOT = PACKAGE_ROOT + '/'

/** A patch no longer applies: its text is gone from the file or found more than once (the site changed under it). */
export class PatchError extends Error {}

/** The text of a file after a patch, or a PatchError saying why the patch does not apply. */
export function applyPatch(text: string, p: Patch): string {
  const at = text.indexOf(p.find)
  if (at < 0) throw new PatchError(`${p.file}: the text to change is not there any more: ${JSON.stringify(p.find.slice(0, 80))}`)
  if (text.indexOf(p.find, at + 1) >= 0) throw new PatchError(`${p.file}: the text to change is there more than once: ${JSON.stringify(p.find.slice(0, 80))}`)
  return text.slice(0, at) + p.replace + text.slice(at + p.find.length)
}

/**
 * A scratch copy of the site with the patches applied, under `dir`: `src/site` copied, the rest of
 * `src`, `mocks` and `node_modules` linked (the site imports the catalogue and the service contracts, unchanged).
 * Returns the path of the copy's createSite module, which a worker imports instead of the shipped one.
 */
export function scratchSite(dir: string, patches: readonly Patch[]): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'src'), { recursive: true })
  // The copy's .ts files are ES modules wherever the folder is (outside the repository no package.json says so).
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n')
  cpSync(join(ROOT, 'src/site'), join(dir, 'src/site'), { recursive: true })
  // Everything else of src (the catalogue, the generator, packageRoot.ts...) is the shipped code, linked.
  for (const name of readdirSync(join(ROOT, 'src'))) if (name !== 'site') symlinkSync(join(ROOT, 'src', name), join(dir, 'src', name))
  symlinkSync(join(ROOT, 'mocks'), join(dir, 'mocks'))
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  for (const p of patches) {
    const file = join(dir, 'src/site', p.file)
    if (!existsSync(file)) throw new PatchError(`${p.file}: no such file in src/site`)
    writeFileSync(file, applyPatch(readFileSync(file, 'utf8'), p))
  }
  return join(dir, 'src/site/createSite.ts')
}

/** Where the kill run keeps a defect's scratch site (under its reports folder). */
export const scratchDirOf = (reports: string, defect: string): string => join(reports, 'sites', defect)

/** The createSite module of a scratch site made by scratchSite. */
export const siteSourceOf = (dir: string): string => join(dir, 'src/site/createSite.ts')

