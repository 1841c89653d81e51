import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// docs/adapters.md shows the minimal adapter; docs/minimal-adapter.ts is the same text, and `tsc -p .`
// type-checks it against the contract (tsconfig includes docs/*.ts).

describe('the minimal adapter in docs/adapters.md', () => {
  it('is docs/minimal-adapter.ts word for word (so the type check covers what the docs show)', () => {
    const doc = readFileSync('docs/adapters.md', 'utf8')
    const section = doc.slice(doc.indexOf('## A minimal adapter'))
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1]
    expect(block).toBe(readFileSync('docs/minimal-adapter.ts', 'utf8'))
  })
})
