import type { Clock } from '../clock.ts'
import type { Db } from '../db/openDatabase.ts'
import { Refusal } from '../validation/fieldError.ts'

/** How many failures a window tolerates: per account (targeted guessing) and per client (spraying many accounts). */
export const THROTTLE = { windowMs: 15 * 60_000, perAccount: 5, perClient: 100 } as const

/** Which door is being knocked on: 登录 or 找回密码 (counted apart). */
export type ThrottledAction = 'login' | 'recover'

const MESSAGE: Record<ThrottledAction, string> = {
  login: `登录失败次数过多，为保护账号安全，请 ${THROTTLE.windowMs / 60_000} 分钟后再试；如忘记密码，请使用“找回密码”。`,
  recover: `找回密码尝试次数过多，请 ${THROTTLE.windowMs / 60_000} 分钟后再试；如无法找回，请在现场资格审核期间由考点工作人员协助解决。`,
}

/**
 * Failed sign-ins and recovery attempts, counted per account and per client on the site's clock; once
 * either count reaches its limit in the window, further tries are refused (429) before any check, with
 * the same answer for existing and unknown accounts.
 */
export class Throttle {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  /** Refuses when the account or the client has failed too often lately. */
  check(action: ThrottledAction, account: string, client: string): void {
    const since = new Date(this.clock.now().getTime() - THROTTLE.windowMs).toISOString()
    const count = (key: string) => (this.db.prepare('SELECT count(*) AS n FROM auth_failures WHERE key = ? AND at > ?').get(key, since) as { n: number }).n
    if (count(keyOf(action, 'account', account)) >= THROTTLE.perAccount || count(keyOf(action, 'client', client)) >= THROTTLE.perClient) {
      throw Refusal.of(`${action}-throttled`, MESSAGE[action], 429, action === 'login' ? 'password' : 'recoveryAnswer')
    }
  }

  /** Records one failure of an account (existing or not) from a client. */
  fail(action: ThrottledAction, account: string, client: string): void {
    const at = this.clock.now().toISOString()
    const insert = this.db.prepare('INSERT INTO auth_failures (key, at) VALUES (?, ?)')
    this.db.transaction(() => {
      insert.run(keyOf(action, 'account', account), at)
      insert.run(keyOf(action, 'client', client), at)
      this.db.prepare('DELETE FROM auth_failures WHERE at <= ?').run(new Date(this.clock.now().getTime() - THROTTLE.windowMs).toISOString())
    })()
  }

  /** Forgets an account's failures after it signed in. */
  clear(action: ThrottledAction, account: string): void {
    this.db.prepare('DELETE FROM auth_failures WHERE key = ?').run(keyOf(action, 'account', account))
  }
}

const keyOf = (action: ThrottledAction, kind: 'account' | 'client', id: string) => `${action}:${kind}:${id.trim().toLowerCase()}`
