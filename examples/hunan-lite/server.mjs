#!/usr/bin/env node
// 湖南医考网报 lite: starts the registration system on 127.0.0.1 and prints its URL first.
import { createServer } from 'node:http'
import { createApp } from './lib/app.mjs'
import { parseArgs } from './lib/args.mjs'
import { createClock } from './lib/clock.mjs'
import { createStore } from './lib/store.mjs'

let options
try {
  options = parseArgs(process.argv.slice(2))
} catch (err) {
  console.error(`hunan-lite: ${err.message}`)
  process.exit(2)
}

let store
try {
  store = createStore(options.dataFile)
} catch (err) {
  console.error(`hunan-lite: cannot read the data file ${options.dataFile}: ${err.message}`)
  process.exit(2)
}

const ctx = { store, clock: createClock(options.now), adminToken: options.adminToken, captchaAnswer: options.captchaAnswer }
const server = createServer(createApp(ctx))
server.on('error', (err) => {
  console.error(`hunan-lite: cannot listen on 127.0.0.1:${options.port}: ${err.message}`)
  process.exit(1)
})
server.listen(options.port, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${server.address().port}`)
})

const stop = () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
