import { defineBoundarySpecs } from '../../fixtures/boundarySpecs.ts'

// Every checkable account rule on the candidate record: its boundary table through the form and the API.
defineBoundarySpecs('account')
