/** Whether an address is this machine only (127.0.0.0/8, ::1, localhost). */
export const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)

/** The warning `serve --host` prints for an address other machines can reach (null on loopback). */
export function hostWarning(host: string, port: number): string | null {
  if (isLoopback(host)) return null
  return `warning: listening on ${host}:${port}: anyone on the network can reach the site (trainees open http://<this machine's address>:${port}); demo passwords are public, use it only on a training network`
}
