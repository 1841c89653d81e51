/** A refused request: the HTTP status and the problems, each on one form field. */
export class Refusal extends Error {
  constructor(status, problems) {
    super(problems.map((p) => `${p.field}: ${p.text}`).join('; '))
    this.status = status
    this.problems = problems
  }
}

/** Collects the problems of one form; `check()` throws them all at once. */
export class Problems {
  list = []
  add(field, text) {
    if (!this.list.some((p) => p.field === field)) this.list.push({ field, text })
    return this
  }
  has(field) {
    return this.list.some((p) => p.field === field)
  }
  check(status = 422) {
    if (this.list.length) throw new Refusal(status, this.list)
  }
}

/** Throws a single problem (state conflicts, locks, windows). */
export function refuse(status, field, text) {
  throw new Refusal(status, [{ field, text }])
}
