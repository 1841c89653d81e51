import { readFileSync } from 'node:fs'

// The dictionaries (exams, 考区/考点, units, schools, majors, closed option lists) live in data/.
const read = (name) => JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8'))

const exams = read('exams')
const regions = read('regions')
const units = read('units')
const schools = read('schools')
const majors = read('majors')
const options = read('options')

/** Everything the pages and the API offer to choose from. */
export const dictionary = { session: exams.session, exams: exams.exams, regions, units, schools, majors, options }

export const examByCode = (code) => exams.exams.find((e) => e.code === code)
export const regionByCode = (code) => regions.find((r) => r.code === code)
export const unitByCode = (code) => units.find((u) => u.code === code)
export const schoolByCode = (code) => schools.find((s) => s.code === code)
export const majorByCode = (code) => majors.find((m) => m.code === code)
export const SHICHENG_SCHOOL = schools.find((s) => s.kind === '师承').code
