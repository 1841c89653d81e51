/** Reads a dot path ('education.0.school') from a plain object. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

/** Returns a deep copy of `obj` with the value at a dot path replaced (missing steps are created). */
export function withPath<T>(obj: T, path: string, value: unknown): T {
  const copy = structuredClone(obj)
  const keys = path.split('.')
  let cur = copy as Record<string, unknown>
  for (const key of keys.slice(0, -1)) {
    if (cur[key] === null || typeof cur[key] !== 'object') cur[key] = /^\d+$/.test(key) ? [] : {}
    cur = cur[key] as Record<string, unknown>
  }
  cur[keys.at(-1)!] = value
  return copy
}

/**
 * The dot paths at which two plain values differ, down to the leaves ('education.1.degree'); a
 * value present on one side only counts at its own path. [] when they are equal.
 */
export function changedPaths(a: unknown, b: unknown, at = ''): string[] {
  const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object'
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return Object.is(a, b) ? [] : [at]
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].flatMap((k) => changedPaths(a[k], b[k], at ? `${at}.${k}` : k))
}
