import { Command } from 'commander'
import { resolve } from 'node:path'
import type { ProfileId } from '../../rules/profiles.ts'
import { parseChoice, parseInstant, parsePort, parseProfile } from '../options.ts'
import { startMocks } from '../../../mocks/startMocks.ts'
import { createClock } from '../../site/clock.ts'
import { createSite } from '../../site/createSite.ts'
import { seedDemo } from '../../site/demo/seedDemo.ts'
import { seedLifecycleDemo } from '../../site/demo/seedLifecycleDemo.ts'
import { TEST_CAPTCHA } from '../../site/auth/captchas.ts'
import { paymentSecretOf } from '../../site/payment/paymentSecret.ts'
import { parseDefects } from '../../site/defects/parseDefects.ts'

interface ServeOptions { profile: ProfileId; port: number; data?: string; now?: string; captcha: 'svg' | 'test'; defects: string[]; paymentSecret?: string }

/** `baoming serve`: the reference site with in-process mocks, seeded with demo candidates on first start. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('Run the reference registration site (demo data on first start; data survives a restart)')
    .option('-p, --profile <profile>', 'profile the site enforces', parseProfile, 'national' as ProfileId)
    .option('--port <port>', 'port on 127.0.0.1 (0: any free port)', parsePort, 3000)
    .option('--data <dir>', 'data folder (SQLite database and uploaded files); default data/<profile>')
    .option('--now <iso>', 'freeze the clock at this instant, e.g. 2026-01-15T10:00:00+08:00', parseInstant)
    .option('--captcha <mode>', 'svg, or test (every captcha answer is 8888)', parseChoice(['svg', 'test'] as const, 'captcha mode'), 'svg')
    .option('--payment-secret <secret>', 'secret the payment gateway signs callbacks with (default: generated for the data folder at first start, kept in <data>/payment-secret)')
    .option('--defects <names>', 'switch on seeded defects by name, comma-separated (see src/site/defects/registry.ts)', parseDefects, [] as string[])
    .addHelpText('after', `
Examples:
  npx baoming serve
  npx baoming serve --profile hubei-2026 --port 3100 --now 2026-01-15T10:00:00+08:00
  npx baoming serve --profile hubei-2026 --defects no-lock-after-submit,feedback-oldest-first
  npm start`)
    .action(async (o: ServeOptions) => {
      const clock = createClock(o.now ?? null)
      const dataDir = resolve(o.data ?? `data/${o.profile}`)
      const paymentSecret = paymentSecretOf(dataDir, o.paymentSecret)
      const mocks = startMocks({ now: () => clock.now(), options: { secret: paymentSecret } })
      const site = await createSite({ profile: o.profile, dataDir, now: clock, port: o.port, services: mocks.urls, captcha: o.captcha, defects: o.defects, paymentSecret })
      const fresh = site.site.users.count() === 0
      const logins = fresh ? [...seedDemo(site.site), ...seedLifecycleDemo(site.site).map(({ stage, ...l }) => ({ ...l, state: stage }))] : site.site.users.list().map((u) => ({ username: u.username, role: u.role, password: '(as seeded)', name: u.displayName }))
      console.log(`Baoming reference site (${site.site.profile.title}) at ${site.url}`)
      if (o.defects.length) console.log(`seeded defects switched on: ${o.defects.join(', ')}`)
      console.log(`data: ${dataDir}${fresh ? ' (new, seeded with demo data)' : ' (existing data kept)'}`)
      if (o.captcha === 'test') console.log(`captcha test mode: every answer is ${TEST_CAPTCHA}`)
      console.log('logins:')
      for (const l of logins) console.log(`  ${l.username.padEnd(10)} ${l.password.padEnd(12)} ${l.role}${'state' in l && l.state ? ` (${l.state})` : ''} ${l.name}`)
      const stop = async () => { await site.close(); mocks.close(); process.exit(0) }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      await new Promise(() => {})
    })
}
