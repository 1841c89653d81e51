import type { LifecycleEvent } from '../../rules/lifecycle.ts'
import type { Db } from '../db/openDatabase.ts'

/** Which fee an order pays: the skills-exam fee (实践技能考试费) or, in Hubei, the written-exam fee (综合笔试费). */
export type FeeKind = LifecycleEvent['feeKind']

export interface Order { orderId: string; appId: number; amountFen: number; status: 'created' | 'paid' | 'cancelled' | 'failed'; payUrl: string; createdAt: string; feeKind: FeeKind }
export interface Payment { orderId: string; appId: number; amountFen: number; channel: string; tradeNo: string; source: 'callback' | 'status-query' | 'demo'; paidAt: string }
export interface Refund { orderId: string; appId: number; refundId: string; amountFen: number; channel: string; at: string }

const ORDER = 'order_id AS orderId, app_id AS appId, amount_fen AS amountFen, status, pay_url AS payUrl, created_at AS createdAt, fee_kind AS feeKind'
const PAYMENT = 'order_id AS orderId, app_id AS appId, amount_fen AS amountFen, channel, trade_no AS tradeNo, source, paid_at AS paidAt'

/** Orders, confirmed payments (one per order: UNIQUE order_id), refunds and site settings. */
export class Payments {
  constructor(private readonly db: Db) {}

  /** Stores an order; `feeKind` defaults to the skills-exam fee. */
  createOrder(o: Omit<Order, 'feeKind'> & { feeKind?: FeeKind }): void {
    this.db.prepare('INSERT INTO orders (order_id, app_id, amount_fen, status, pay_url, created_at, fee_kind) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(o.orderId, o.appId, o.amountFen, o.status, o.payUrl, o.createdAt, o.feeKind ?? 'skills')
  }

  order(orderId: string): Order | null {
    return (this.db.prepare(`SELECT ${ORDER} FROM orders WHERE order_id = ?`).get(orderId) as Order | undefined) ?? null
  }

  /** The orders of an application, oldest first; of one fee when `kind` is given. */
  ordersOf(appId: number, kind?: FeeKind): Order[] {
    const orders = this.db.prepare(`SELECT ${ORDER} FROM orders WHERE app_id = ? ORDER BY created_at, order_id`).all(appId) as Order[]
    return kind ? orders.filter((o) => o.feeKind === kind) : orders
  }

  setOrderStatus(orderId: string, status: Order['status']): void {
    this.db.prepare('UPDATE orders SET status = ? WHERE order_id = ?').run(status, orderId)
  }

  payment(orderId: string): Payment | null {
    return (this.db.prepare(`SELECT ${PAYMENT} FROM payments WHERE order_id = ?`).get(orderId) as Payment | undefined) ?? null
  }

  /** The confirmed payments of an application; of one fee (by its order) when `kind` is given. */
  paymentsOf(appId: number, kind?: FeeKind): Payment[] {
    if (!kind) return this.db.prepare(`SELECT ${PAYMENT} FROM payments WHERE app_id = ? ORDER BY id`).all(appId) as Payment[]
    return this.db.prepare(`SELECT ${PAYMENT} FROM payments WHERE app_id = ? AND order_id IN (SELECT order_id FROM orders WHERE fee_kind = ?) ORDER BY id`).all(appId, kind) as Payment[]
  }

  addPayment(p: Payment): void {
    this.db.prepare('INSERT INTO payments (order_id, app_id, amount_fen, channel, trade_no, source, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(p.orderId, p.appId, p.amountFen, p.channel, p.tradeNo, p.source, p.paidAt)
  }

  refundsOf(appId: number): Refund[] {
    return this.db.prepare('SELECT order_id AS orderId, app_id AS appId, refund_id AS refundId, amount_fen AS amountFen, channel, at FROM refunds WHERE app_id = ? ORDER BY id').all(appId) as Refund[]
  }

  addRefund(r: Refund): void {
    this.db.prepare('INSERT INTO refunds (order_id, app_id, refund_id, amount_fen, channel, at) VALUES (?, ?, ?, ?, ?, ?)').run(r.orderId, r.appId, r.refundId, r.amountFen, r.channel, r.at)
  }

  setting(key: string): string | null {
    return (this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null
  }

  setSetting(key: string, value: string | null): void {
    if (value === null) this.db.prepare('DELETE FROM settings WHERE key = ?').run(key)
    else this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value)
  }
}
