import type { z } from 'zod'
import {
  CreateOrderResponse, OrderStatusResponse, RefundResponse, SendSmsResponse, SERVICE_PATHS, SmsInboxResponse,
  type CreateOrderRequest, type PaymentChannel, type Service,
} from '../../../mocks/contracts.ts'
import { Refusal } from '../validation/fieldError.ts'
import { retryMessage } from './servicesClient.ts'

/** The payment gateway and the SMS service as the site calls them (contracts in mocks/contracts.ts). */
export interface Gateway {
  /** Base URL of the payment gateway ('' when not configured). */
  readonly paymentBase: string
  createOrder(req: CreateOrderRequest): Promise<CreateOrderResponse>
  orderStatus(orderId: string): Promise<OrderStatusResponse>
  refund(orderId: string, amount: number, channel: PaymentChannel): Promise<RefundResponse>
  sendSms(mobile: string, text: string): Promise<SendSmsResponse>
  smsInbox(): Promise<SmsInboxResponse>
  /** Forwards a browser request to a gateway URL (the order page and its pay/cancel forms); redirects are passed back, not followed. */
  forward(url: string, init: RequestInit): Promise<Response>
}

const path = (p: string, orderId: string) => p.replace(':orderId', encodeURIComponent(orderId))

/** A gateway client over the configured service URLs; every failure is a 503 Refusal with the retry message. */
export function createGateway(urls: Record<Service, string> | undefined, timeoutMs = 5000): Gateway {
  async function call<T extends z.ZodType>(service: Service, method: string, p: string, body: unknown, schema: T): Promise<z.infer<T>> {
    if (!urls) throw Refusal.of('service-unavailable', retryMessage(service), 503)
    let res: Response
    try {
      res = await fetch(`${urls[service]}${p}`, {
        method, headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs),
      })
    } catch {
      throw Refusal.of('service-unavailable', retryMessage(service), 503)
    }
    const json = await res.json().catch(() => null)
    if (res.status === 409) throw Refusal.of('gateway-conflict', String((json as { message?: string } | null)?.message ?? retryMessage(service)), 409)
    const parsed = schema.safeParse(json)
    if (!res.ok || !parsed.success) throw Refusal.of('service-error', retryMessage(service), 503)
    return parsed.data
  }
  return {
    paymentBase: urls?.payment ?? '',
    createOrder: (req) => call('payment', 'POST', SERVICE_PATHS.payment.orders, req, CreateOrderResponse),
    orderStatus: (orderId) => call('payment', 'GET', path(SERVICE_PATHS.payment.status, orderId), undefined, OrderStatusResponse),
    refund: (orderId, amount, channel) => call('payment', 'POST', SERVICE_PATHS.payment.refunds, { orderId, amount, channel }, RefundResponse),
    sendSms: (mobile, text) => call('sms', 'POST', SERVICE_PATHS.sms.messages, { mobile, text }, SendSmsResponse),
    smsInbox: () => call('sms', 'GET', SERVICE_PATHS.sms.messages, undefined, SmsInboxResponse),
    async forward(url, init) {
      try {
        return await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
      } catch {
        throw Refusal.of('service-unavailable', retryMessage('payment'), 503)
      }
    },
  }
}
