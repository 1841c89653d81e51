/** A route table: `add('GET', '/api/me/:kind/:id', handler)`; `match` answers the handler and the params. */
export function createRouter() {
  const routes = []
  return {
    add(method, pattern, handler) {
      const names = []
      const re = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, n) => (names.push(n), '([^/]+)'))}$`)
      routes.push({ method, re, names, handler })
    },
    match(method, path) {
      let pathFound = false
      for (const r of routes) {
        const m = r.re.exec(path)
        if (!m) continue
        pathFound = true
        if (r.method === method) return { handler: r.handler, params: Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) }
      }
      return { handler: null, pathFound }
    },
  }
}
