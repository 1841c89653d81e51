import { InvalidArgumentError } from 'commander'
import { defectsNamed, parseDefectList } from './switchOn.ts'

/** Commander parser for `--defects a,b`: the names, or an error that lists every known defect. */
export function parseDefects(value: string): string[] {
  const names = parseDefectList(value)
  try {
    defectsNamed(names)
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message)
  }
  return names
}
