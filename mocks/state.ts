import {
  EducationReport, IdentityRecord, RegistryRecord,
  type CreateOrderRequest, type OrderStatus, type PaymentCallback, type PaymentChannel, type RefundResponse, type SmsMessage,
} from './contracts.ts'
import { createStore } from './store.ts'
import type { ScenarioName } from './scenarios.ts'

/** One order the gateway holds. */
export interface Order {
  request: CreateOrderRequest
  status: OrderStatus
  channel: PaymentChannel | null
  tradeNo: string | null
  refunds: RefundResponse[]
}

/** One attempt to deliver a callback to a notifyUrl, as the gateway logged it. */
export interface Delivery {
  callback: PaymentCallback
  url: string
  attempt: number
  /** HTTP status the receiver answered, or null when it could not be reached. */
  status: number | null
  error?: string
}

/** Everything the mock services know: seeded records, orders, the SMS inbox and the active scenarios. */
export function createMockState() {
  const identity = createStore(IdentityRecord, (r) => `${r.idType}|${r.idNumber}`)
  const education = createStore(EducationReport, (r) => r.code)
  const registry = createStore(RegistryRecord, (r) => `${r.idNumber}|${r.certNumber}`)
  const payment = { orders: new Map<string, Order>(), deliveries: [] as Delivery[] }
  const sms = { messages: [] as SmsMessage[] }
  const scenarios = new Set<ScenarioName>()
  return {
    identity, education, registry, payment, sms, scenarios,
    /** Forgets every record, order, message and active scenario. */
    reset() {
      identity.clear(); education.clear(); registry.clear()
      payment.orders.clear(); payment.deliveries.length = 0
      sms.messages.length = 0
      scenarios.clear()
    },
  }
}
export type MockState = ReturnType<typeof createMockState>
