import { adminUrlOf } from '../../../mocks/contracts.ts'
import { seedDemo, type DemoLogin } from '../demo/seedDemo.ts'
import { seedLifecycleDemo } from '../demo/seedLifecycleDemo.ts'
import type { SiteContext } from '../siteContext.ts'

/** A login the demo seeds, with the state its candidate stands in. */
export type SeededLogin = Omit<DemoLogin, 'state'> & { state?: string }

/** Seeds an empty site with the demo: staff, candidates in every state of part 1 and every stage of part 2. */
export function seedDemoSite(site: SiteContext): SeededLogin[] {
  return [...seedDemo(site), ...seedLifecycleDemo(site).map(({ stage, ...l }) => ({ ...l, state: stage }))]
}

/** Every table of the site's data, children before parents (the schema's own version table is kept). */
function dataTables(site: SiteContext): string[] {
  const rows = site.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('schema_version') AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
  return rows.map((r) => r.name)
}

/**
 * Puts the site back to its demo data: every account, application, file, session, class and exercise
 * is deleted (everyone, the trainer too, logs in again), the mock services forget what they were told,
 * and the demo candidates and staff are seeded afresh. The clock is left as it is.
 */
export async function resetToDemo(site: SiteContext): Promise<SeededLogin[]> {
  const files = site.db.prepare('SELECT id FROM files').all() as { id: string }[]
  site.db.pragma('foreign_keys = OFF')
  try {
    site.db.transaction(() => { for (const t of dataTables(site)) site.db.prepare(`DELETE FROM "${t}"`).run() })()
  } finally {
    site.db.pragma('foreign_keys = ON')
  }
  await Promise.all(files.map((f) => site.files.dropBlob(f.id)))
  await fetch(`${adminUrlOf(site.serviceUrls)}/reset`, { method: 'POST' }).catch(() => undefined)
  return seedDemoSite(site)
}
