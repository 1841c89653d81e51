// Command-line options of server.mjs; a bad one is a one-line error.
const USAGE = 'usage: node examples/hunan-lite/server.mjs --port N [--now ISO] [--admin-token T] [--captcha-answer X] [--data FILE]'

/** Parses argv into `{ port, now, adminToken, captchaAnswer, dataFile }`; throws an Error with a one-line message. */
export function parseArgs(argv) {
  const o = { port: null, now: null, adminToken: null, captchaAnswer: null, dataFile: null }
  const names = { '--port': 'port', '--now': 'now', '--admin-token': 'adminToken', '--captcha-answer': 'captchaAnswer', '--data': 'dataFile' }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s)
    const key = names[flag]
    if (!key) throw new Error(`unknown option ${flag}; ${USAGE}`)
    const value = inline ?? argv[++i]
    if (value === undefined || value === '') throw new Error(`option ${flag} needs a value; ${USAGE}`)
    o[key] = value
  }
  if (o.port === null) throw new Error(`--port is required (0 picks a free port); ${USAGE}`)
  if (!/^\d+$/.test(o.port) || Number(o.port) > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${o.port}"`)
  o.port = Number(o.port)
  if (o.now !== null && (!/^\d{4}-\d{2}-\d{2}T/.test(o.now) || Number.isNaN(new Date(o.now).getTime()))) {
    throw new Error(`--now must be an ISO 8601 instant such as 2025-01-10T09:00:00+08:00, got "${o.now}"`)
  }
  return o
}
