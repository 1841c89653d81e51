// Child process of bench/generator.ts: streams COUNT candidates to an NDJSON file through the
// generator alone (no CLI), so its peak RSS is the generator's, not that of every CLI command.
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { writerFor } from '../src/generator/formats.ts'
import { generateCandidate } from '../src/generator/index.ts'

const [out, count] = [process.argv[2]!, Number(process.argv[3])]
const stream = createWriteStream(out)
const row = writerFor('ndjson').row
let buf = ''
for (let i = 0; i < count; i++) {
  buf += row(generateCandidate({ seed: 1 + i, profile: 'hubei-2026' }), i)
  if (buf.length >= 65536) {
    const ok = stream.write(buf)
    buf = ''
    if (!ok) await once(stream, 'drain')
  }
}
stream.end(buf)
await once(stream, 'finish')
