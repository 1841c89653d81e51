import { writeFileSync } from 'node:fs'
import { apiDocs } from './apiDocs.ts'

// Regenerates docs/api.md: `npx tsx src/site/api/writeApiDocs.ts`.
writeFileSync(new URL('../../../docs/api.md', import.meta.url), apiDocs())
