import { Command } from 'commander'
import { isIP } from 'node:net'
import { resolve } from 'node:path'
import type { ProfileId } from '../../rules/profiles.ts'
import { parseChoice, parseInstant, parsePort, parseProfile } from '../options.ts'
import { startMocks } from '../../../mocks/startMocks.ts'
import { createClock } from '../../site/clock.ts'
import { createSite } from '../../site/createSite.ts'
import { TEST_CAPTCHA } from '../../site/auth/captchas.ts'
import { paymentSecretOf } from '../../site/payment/paymentSecret.ts'
import { parseDefects } from '../../site/defects/parseDefects.ts'
import { hostWarning, isLoopback } from '../hostWarning.ts'
import { registerWithServices } from '../../site/training/registerWithServices.ts'
import { resetToDemo, seedDemoSite } from '../../site/training/resetToDemo.ts'

interface ServeOptions { profile: ProfileId; port: number; host: string; data?: string; now?: string; start?: string; reset?: boolean; captcha: 'svg' | 'test'; defects: string[]; paymentSecret?: string }

/** `baoming serve`: the reference site with in-process mocks, seeded with demo candidates on first start (or with --reset). */
export function serveCommand(): Command {
  return new Command('serve')
    .description('Run the reference registration site (demo data on first start; data survives a restart)')
    .option('-p, --profile <profile>', 'profile the site enforces', parseProfile, 'national' as ProfileId)
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 3000)
    .option('--host <address>', 'address to listen on: 127.0.0.1 (this machine only), or e.g. 0.0.0.0 for a classroom', '127.0.0.1')
    .option('--data <dir>', 'data folder (SQLite database and uploaded files); default data/<profile>')
    .option('--now <iso>', 'freeze the clock at this instant, e.g. 2026-01-15T10:00:00+08:00', parseInstant)
    .option('--start <iso>', 'let the clock run from this instant (a class in the registration window)', parseInstant)
    .option('--reset', 'delete all data and seed the demo afresh before starting (as the trainer console\'s reset does)')
    .option('--captcha <mode>', 'svg, or test (every captcha answer is 8888)', parseChoice(['svg', 'test'] as const, 'captcha mode'), 'svg')
    .option('--payment-secret <secret>', 'secret the payment gateway signs callbacks with (default: generated for the data folder at first start, kept in <data>/payment-secret)')
    .option('--defects <names>', 'switch on seeded defects by name, comma-separated (see src/site/defects/registry.ts)', parseDefects, [] as string[])
    .addHelpText('after', `
Examples:
  npx baoming serve
  npx baoming serve --profile hubei-2026 --port 3100 --now 2026-01-15T10:00:00+08:00
  npx baoming serve --profile hubei-2026 --host 0.0.0.0 --start 2026-01-15T09:00:00+08:00 --reset
  npx baoming serve --profile hubei-2026 --defects no-lock-after-submit,feedback-oldest-first
  npm start`)
    .action(async (o: ServeOptions, cmd: Command) => {
      if (o.now && o.start) cmd.error('error: give --now (a frozen clock) or --start (a running one), not both', { exitCode: 2 })
      if (!isLoopback(o.host) && !isIP(o.host)) cmd.error(`error: --host must be an IP address such as 127.0.0.1 or 0.0.0.0, got "${o.host}"`, { exitCode: 2 })
      const clock = createClock(o.now ?? null)
      if (o.start) clock.run(o.start)
      const dataDir = resolve(o.data ?? `data/${o.profile}`)
      const paymentSecret = paymentSecretOf(dataDir, o.paymentSecret)
      const mocks = startMocks({ now: () => clock.now(), options: { secret: paymentSecret } })
      const site = await createSite({ profile: o.profile, dataDir, now: clock, port: o.port, host: o.host, services: mocks.urls, captcha: o.captcha, defects: o.defects, paymentSecret })
      const fresh = site.site.users.count() === 0
      const logins = o.reset ? await resetToDemo(site.site) : fresh ? seedDemoSite(site.site) : site.site.users.list().filter((u) => !u.trainee).map((u) => ({ username: u.username, role: u.role, password: '(as seeded)', name: u.displayName, state: undefined as string | undefined }))
      // The mocks keep what they were told in memory: tell them the class's handouts again.
      await registerWithServices(site.site, site.site.classroom.trainees().map((t) => t.handout))
      const shown = isLoopback(o.host) ? site.url : site.url.replace(o.host, '<this machine\'s address>')
      const warning = hostWarning(o.host, Number(new URL(site.url).port))
      console.log(`Baoming reference site (${site.site.profile.title}) at ${site.url}`)
      if (warning) console.warn(warning)
      console.log(`trainer console: ${shown}/admin (admin / Admin12345)`)
      if (o.defects.length) console.log(`seeded defects switched on: ${o.defects.join(', ')}`)
      console.log(`data: ${dataDir}${o.reset ? ' (reset to the demo data)' : fresh ? ' (new, seeded with demo data)' : ' (existing data kept)'}`)
      console.log(`clock: ${o.now ? `frozen at ${o.now}` : o.start ? `running from ${o.start}` : 'the system clock'}`)
      if (o.captcha === 'test') console.log(`captcha test mode: every answer is ${TEST_CAPTCHA}`)
      console.log('logins:')
      for (const l of logins) console.log(`  ${l.username.padEnd(22)} ${l.password.padEnd(12)} ${l.role}${l.state ? ` (${l.state})` : ''} ${l.name}`)
      const trainees = site.site.classroom.trainees().length
      if (trainees) console.log(`  … and ${trainees} trainee(s): print their logins at ${site.url}/admin/class/sheet`)
      const stop = async () => { await site.close(); mocks.close(); process.exit(0) }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      await new Promise(() => {})
    })
}
