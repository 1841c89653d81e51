import { Command, CommanderError } from 'commander'
import { rulesCommand } from './commands/rules.ts'
import { conformanceCommand } from './commands/conformance.ts'
import { generateCommand } from './commands/generate.ts'
import { mocksCommand } from './commands/mocks.ts'
import { serveCommand } from './commands/serve.ts'

/** Builds the `baoming` program with every subcommand. */
export function program(): Command {
  const cmd = new Command('baoming')
    .description('Conformance harness for medical licensing exam registration websites (医师资格考试网上报名)')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage and examples)')
    .exitOverride()
  cmd.addCommand(rulesCommand())
  cmd.addCommand(conformanceCommand())
  cmd.addCommand(generateCommand())
  cmd.addCommand(mocksCommand())
  cmd.addCommand(serveCommand())
  return cmd
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode
    if (err instanceof UsageError) {
      console.error(`baoming: ${err.message}`)
      return 2
    }
    throw err
  }
}

/** An error in what the user typed: printed as one line, exit code 2. */
export class UsageError extends Error {}
