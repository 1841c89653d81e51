// Node's own fetch, as it was when this module first loaded. The in-process mocks (mocks/startMocks.ts)
// patch the global fetch so that MSW sees every request the process sends; a call to the site on
// loopback then goes through MSW's interceptor only to be let through, at about twice the CPU of the
// call itself. The site's own client takes this one: fixtures load it before any mocks start.
// (Loaded after the mocks started, it is the patched fetch: still correct, only slower.)

/** The process's fetch, unpatched if this module loaded before MSW started. */
export const directFetch: typeof fetch = globalThis.fetch.bind(globalThis)
