/** An error in what the user typed or the files they named: printed as one line, exit code 2. */
export class UsageError extends Error {}
