import { closedPort } from './closedPort.ts'

/** A target system that is down: the adapter's first request is refused. */
export async function createTarget(): Promise<never> {
  await fetch(`http://127.0.0.1:${await closedPort()}/`)
  throw new Error('unreachable: the request above is refused')
}
