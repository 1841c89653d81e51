import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

/** The data in memory, optionally kept in a JSON file (written after every change). */
export function createStore(file) {
  const empty = { seq: 0, users: [], applications: [], sessions: {}, captchas: {} }
  const state = file && existsSync(file) ? { ...empty, ...JSON.parse(readFileSync(file, 'utf8')) } : empty
  return {
    state,
    nextId: () => ++state.seq,
    save() {
      if (!file) return
      writeFileSync(`${file}.tmp`, JSON.stringify(state))
      renameSync(`${file}.tmp`, file)
    },
  }
}
