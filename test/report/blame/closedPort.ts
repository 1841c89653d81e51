import { createServer } from 'node:net'

/** A port on 127.0.0.1 that was just closed: connecting to it is refused, as a stopped target's. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  await new Promise((r) => server.close(r))
  return port
}
