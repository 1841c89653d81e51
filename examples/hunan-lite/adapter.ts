import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { AdapterModule } from '../../fixtures/adapter.ts'
import { createTarget as minimalTarget } from '../../docs/minimal-adapter.ts'

// hunan-lite's conformance adapter: the minimal adapter of docs/adapters.md (written for this system from its
// README alone) plus its clock. Without a base URL it starts its own server (one per worker: the clock is global).
const START = '2025-01-15T10:00:00+08:00'
const TOKEN = 'conformance'

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['examples/hunan-lite/server.mjs', '--port', '0', '--now', START, '--admin-token', TOKEN, '--captcha-answer', '8888'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const [line] = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next().then((r) => [r.value as string])
  return { url: line!.trim(), stop: () => child.kill('SIGTERM') }
}

export const createTarget: AdapterModule['createTarget'] = async ({ profile, baseURL }) => {
  const server = baseURL ? null : await startServer()
  const target = await minimalTarget({ profile, baseURL: baseURL ?? server!.url })
  const setClock = async (now: string | null) => {
    const res = await fetch(`${target.url}/api/admin/clock`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-admin-token': TOKEN }, body: JSON.stringify({ now }) })
    if (!res.ok) throw new Error(`hunan-lite refused to set its clock to ${now}: HTTP ${res.status}`)
  }
  return {
    ...target,
    capabilities: { ...target.capabilities, clock: true },
    clock: { start: START, set: setClock },
    close: async () => { await target.close(); server?.stop() },
  }
}
