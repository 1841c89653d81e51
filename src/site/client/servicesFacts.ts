// What the external services know about a candidate is said once, beside the mocks (mocks/seedCandidate.ts).
export { servicesFacts, type ServicesFacts } from '../../../mocks/seedCandidate.ts'
