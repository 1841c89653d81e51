/** The server's clock: the wall clock, or a fixed instant an administrator set (for test runs). */
export function createClock(initial) {
  let fixed = initial ? new Date(initial) : null
  return {
    now: () => (fixed ? new Date(fixed) : new Date()),
    set(iso) {
      fixed = iso ? new Date(iso) : null
    },
    isFixed: () => fixed !== null,
  }
}
