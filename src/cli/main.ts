import { Command, CommanderError } from 'commander'
import { UsageError } from './usageError.ts'
import { oneLine } from './oneLine.ts'

export { UsageError } from './usageError.ts'

// Each command loads its own modules: `generate` must not pay for the site, SQLite and MSW.
const COMMANDS: Record<string, () => Promise<Command>> = {
  rules: async () => (await import('./commands/rules.ts')).rulesCommand(),
  generate: async () => (await import('./commands/generate.ts')).generateCommand(),
  serve: async () => (await import('./commands/serve.ts')).serveCommand(),
  mocks: async () => (await import('./commands/mocks.ts')).mocksCommand(),
  conformance: async () => (await import('./commands/conformance.ts')).conformanceCommand(),
  defects: async () => (await import('./commands/defects.ts')).defectsCommand(),
}

/** Builds the `baoming` program: only the named subcommand when argv names one, else all (for --help). */
export async function program(argv: string[] = []): Promise<Command> {
  const cmd = new Command('baoming')
    .description('Conformance harness for medical licensing exam registration websites (医师资格考试网上报名)')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage and examples)')
    .exitOverride()
  const named = argv[2]
  const names = named && named in COMMANDS ? [named] : Object.keys(COMMANDS)
  for (const name of names) cmd.addCommand(await COMMANDS[name]!())
  return cmd
}

/** Ends quietly when the reader of stdout goes away (`baoming rules | head`). */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
  })
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. Every error is one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe()
  try {
    await (await program(argv)).parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode
    console.error(`baoming: ${oneLine(err)}`)
    if (process.env.BAOMING_DEBUG && err instanceof Error) console.error(err.stack)
    return err instanceof UsageError ? 2 : 1
  }
}
