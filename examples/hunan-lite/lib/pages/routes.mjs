import { addAccountPages, SESSION_COOKIE } from './accountPages.mjs'
import { addPersonalPages } from './personalPages.mjs'
import { addWizardPages } from './wizardPages.mjs'

// The server-rendered pages: each form posts to its own path and is shown again with the
// problems when refused.
export { SESSION_COOKIE }

/** Registers every page. */
export function addPageRoutes(router) {
  addAccountPages(router)
  addPersonalPages(router)
  addWizardPages(router)
}
