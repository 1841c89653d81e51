export const SESSION_COOKIE = 'hl_sid'
export function addPageRoutes() {}
