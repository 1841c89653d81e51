import { Command, InvalidArgumentError } from 'commander'
import { ADMIN_BASE, SERVICES } from '../../../mocks/contracts.ts'
import { ADMIN_ROUTES } from '../../../mocks/handlers/admin.ts'
import { parseScenarioNames, SCENARIOS } from '../../../mocks/scenarios.ts'
import { serveMocks } from '../../../mocks/serveMocks.ts'
import { parsePort } from '../options.ts'

function parseMs(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 600_000) throw new InvalidArgumentError(`milliseconds must be 0-600000, got "${value}"`)
  return n
}

function parseScenarios(value: string): string[] {
  try {
    return parseScenarioNames(value.split(',').map((s) => s.trim()).filter(Boolean))
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message)
  }
}

/** `baoming mocks`: the external-service mocks as a standalone HTTP server. */
export function mocksCommand(): Command {
  return new Command('mocks')
    .description('Serve the external-service mocks (identity, education, registry, payment, SMS) over HTTP')
    .exitOverride()
    .option('--port <n>', 'port to listen on (0 = any free port)', parsePort, 4010)
    .option('--host <host>', 'address to bind (the admin endpoints have no login: keep it local)', '127.0.0.1')
    .option('--public-url <url>', 'origin callers and browsers use, if not http://host:port (payment pages are built on it)')
    .option('--scenario <names>', 'comma-separated fault scenarios to switch on', parseScenarios, [])
    .option('--timeout-ms <ms>', 'how long *-timeout scenarios hold a request', parseMs)
    .option('--late-ms <ms>', 'how long payment-callback-late holds a callback', parseMs)
    .addHelpText('after', `
Scenarios:
${[...SCENARIOS.values()].map((s) => `  ${s.name.padEnd(28)} ${s.summary}`).join('\n')}

Examples:
  npx baoming mocks --port 4010
  npx baoming mocks --port 4010 --scenario identity-timeout,payment-callback-repeated
  curl -X PUT localhost:4010${ADMIN_BASE}/scenarios -H 'content-type: application/json' -d '{"active":["sms-5xx"]}'`)
    .action(async (opts: { port: number; host: string; publicUrl?: string; scenario: string[]; timeoutMs?: number; lateMs?: number }) => {
      const options = {
        ...(opts.timeoutMs !== undefined && { timeoutMs: opts.timeoutMs }),
        ...(opts.lateMs !== undefined && { lateMs: opts.lateMs }),
      }
      const server = await serveMocks({ port: opts.port, host: opts.host, publicUrl: opts.publicUrl, scenarios: opts.scenario, options })
      const lines = [
        `baoming mocks listening on ${server.origin}`,
        'Service base URLs:',
        ...SERVICES.map((s) => `  ${s.padEnd(10)} ${server.urls[s]}`),
        'Admin endpoints:',
        ...ADMIN_ROUTES.map(([method, path, does]) => `  ${method.padEnd(4)} ${server.origin}${ADMIN_BASE}${path}  (${does})`),
        `Scenarios on: ${opts.scenario.length > 0 ? opts.scenario.join(', ') : 'none'}`,
        'Press Ctrl+C to stop.',
      ]
      console.log(lines.join('\n'))
      await new Promise<void>((resolve) => {
        const stop = () => { void server.close().then(resolve) }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
    })
}
