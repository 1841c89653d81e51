/** A target the synthetic blame specs never call: only its URL is read (the pages' base URL). */
export async function createTarget(): Promise<unknown> {
  return { url: 'http://127.0.0.1:9/', close: async () => {} }
}
