// The public face of the mocks: what the reference site, fixtures and the CLI import.
export * from './contracts.ts'
export { signCallback, verifyCallback, DEFAULT_PAYMENT_SECRET } from './signature.ts'
export { startMocks, type Mocks } from './startMocks.ts'
export { serveMocks, type MockServer, type ServeOptions } from './serveMocks.ts'
export { SCENARIO_NAMES, SCENARIOS, parseScenarioNames, type ScenarioName } from './scenarios.ts'
export { seedCandidate } from './seedCandidate.ts'
export { DEFAULT_OPTIONS, type MockOptions } from './options.ts'
export type { MockState } from './state.ts'
