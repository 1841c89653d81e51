/** A cookie-keeping form poster for tests of the HTML pages (what a browser does, without one). */
export function formSession(base: string) {
  let cookie = ''
  const keep = (res: Response) => {
    const set = res.headers.get('set-cookie')
    if (set) cookie = set.split(';')[0]!
    return res
  }
  return {
    get cookie() { return cookie },
    async get(path: string) {
      const res = keep(await fetch(base + path, { headers: { cookie }, redirect: 'manual' }))
      return { res, html: await res.text() }
    },
    /** The CSRF token of the forms on a page. */
    async csrf(path = '/login') {
      const { html } = await this.get(path)
      return /name="_csrf" value="([^"]+)"/.exec(html)![1]!
    },
    async post(path: string, fields: Record<string, string | string[]>) {
      const body = new URLSearchParams()
      for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x)
      const res = keep(await fetch(base + path, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body, redirect: 'manual' }))
      return { res, html: await res.text() }
    },
  }
}
