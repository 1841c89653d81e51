// The synthetic-candidate generator: valid candidates per persona, catalogue edge cases and
// material files, all pure functions of their options.
export { generateCandidate, personaFor, type CandidateRecord, type GenerateOptions, type Overrides } from './generateCandidate.ts'
export { edgeCases, type EdgeOptions } from './edgeCases.ts'
export { materialFile, type MaterialFile, type MaterialFileOptions } from './images/materialFile.ts'
export { personasOf } from './personas/index.ts'
export { GENERATOR_VERSION } from './version.ts'
