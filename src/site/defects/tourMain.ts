import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { tour, type TourResult } from './tour.ts'

// One rule tour in a process of its own (the fresh run tours several patched sites at once):
// `tsx src/site/defects/tourMain.ts <createSite module> <out.json> [seeded data folder] [keep the seeded data here]`.
const [entry, out, seeded, keepSeeded] = process.argv.slice(2)
let result: TourResult
try {
  const timeout = new Promise<TourResult>((r) => setTimeout(() => r({ crashed: 'the tour took over 120 s' }), 120_000).unref())
  result = await Promise.race([tour((await import(pathToFileURL(entry!).href)).createSite, 'hubei-2026', { ...(seeded && { seeded }), ...(keepSeeded && { keepSeeded }) }), timeout])
} catch (err) {
  result = { crashed: (err as Error).message.split('\n')[0]! }
}
writeFileSync(out!, JSON.stringify(result))
process.exit(0)
