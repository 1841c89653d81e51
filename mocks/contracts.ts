import { z } from 'zod'
import { CERTIFICATE_TYPES, EDUCATION_LEVELS, ID_TYPES, VERIFICATION_KINDS } from '../src/rules/vocabulary.ts'

// The HTTP contracts of the external services the registration site calls. These schemas are the
// single source of truth: the mock handlers validate requests with them, the reference site parses
// responses with them, and a team pointing its own system at the standalone mocks reads them here.
// All bodies are JSON (UTF-8) unless said otherwise; every 4xx answer is an ErrorBody.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
const yearMonth = z.string().regex(/^\d{4}-\d{2}$/, 'expected YYYY-MM')
const nonEmpty = z.string().trim().min(1, 'must not be empty')

/** Every 4xx/5xx answer: a machine code, a Chinese message a site may show, and the bad fields. */
export const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type ErrorBody = z.infer<typeof ErrorBody>

// ── 1. identity (公安 police database) ─────────────────────────────────────────────────────────
/** POST {identity}/v1/verify. */
export const IdentityVerifyRequest = z.object({
  idType: z.enum(ID_TYPES),
  idNumber: nonEmpty.max(32),
  name: nonEmpty.max(64),
})
export type IdentityVerifyRequest = z.infer<typeof IdentityVerifyRequest>

/** match; mismatch = the number exists under another name; expired = document past validUntil; not-found. */
export const IdentityResult = z.enum(['match', 'mismatch', 'expired', 'not-found'])
export type IdentityResult = z.infer<typeof IdentityResult>

export const IdentityVerifyResponse = z.object({
  result: IdentityResult,
  /** YYYY-MM-DD or 长期; present for match and expired. */
  validUntil: z.string().optional(),
  message: z.string(),
})
export type IdentityVerifyResponse = z.infer<typeof IdentityVerifyResponse>

/** A person the mock police database knows (seed with mockState.identity.add). */
export const IdentityRecord = z.object({
  idType: z.enum(ID_TYPES),
  idNumber: nonEmpty,
  name: nonEmpty,
  /** YYYY-MM-DD or 长期. */
  validUntil: z.union([isoDate, z.literal('长期')]).default('长期'),
})
export type IdentityRecord = z.infer<typeof IdentityRecord>

// ── 2. education (学信网 online verification codes) ───────────────────────────────────────────
/** POST {education}/v1/verify. referenceDate defaults to the mock's clock (today). */
export const EducationVerifyRequest = z.object({
  code: nonEmpty.max(64),
  idNumber: nonEmpty.max(32),
  name: nonEmpty.max(64),
  referenceDate: isoDate.optional(),
})
export type EducationVerifyRequest = z.infer<typeof EducationVerifyRequest>

/** A verification report the mock 学信网 knows (seed with mockState.education.add). */
export const EducationReport = z.object({
  code: nonEmpty,
  kind: z.enum(VERIFICATION_KINDS).default('教育部学历证书电子注册备案表'),
  idNumber: nonEmpty,
  name: nonEmpty,
  /** Date the report was generated, YYYY-MM-DD. */
  issuedOn: isoDate,
  school: nonEmpty,
  level: z.enum(EDUCATION_LEVELS),
  major: nonEmpty,
  /** 毕业年月 YYYY-MM ('' for 学籍 reports of students not yet graduated). */
  graduation: z.union([yearMonth, z.literal('')]),
})
export type EducationReport = z.infer<typeof EducationReport>

/** valid; expired = report issued more than validityMonths (6) before referenceDate; unknown = no such code for this person. */
export const EducationVerifyResponse = z.discriminatedUnion('result', [
  z.object({ result: z.literal('valid'), report: EducationReport, validUntil: isoDate, message: z.string() }),
  z.object({ result: z.literal('expired'), issuedOn: isoDate, validUntil: isoDate, message: z.string() }),
  z.object({ result: z.literal('unknown'), message: z.string() }),
])
export type EducationVerifyResponse = z.infer<typeof EducationVerifyResponse>

// ── 3. registry (执业助理医师 certificates and registrations) ──────────────────────────────────
/** POST {registry}/v1/lookup: all records of the person, narrowed by the numbers given. */
export const RegistryLookupRequest = z.object({
  idNumber: nonEmpty.max(32),
  certNumber: nonEmpty.max(64).optional(),
  registrationNumber: nonEmpty.max(64).optional(),
})
export type RegistryLookupRequest = z.infer<typeof RegistryLookupRequest>

/** One certificate with its registration (seed with mockState.registry.add). */
export const RegistryRecord = z.object({
  idNumber: nonEmpty,
  name: nonEmpty,
  type: z.enum(CERTIFICATE_TYPES),
  /** 资格证书编号. */
  certNumber: nonEmpty,
  /** 发证年月 YYYY-MM. */
  issued: yearMonth,
  /** 执业证书注册编号 ('' when never registered). */
  registrationNumber: z.string(),
  /** 注册年月 YYYY-MM, as the national form holds it ('' when never registered). */
  registered: z.union([yearMonth, z.literal('')]),
  /** 执业范围, e.g. 内科专业. */
  scope: z.string(),
})
export type RegistryRecord = z.infer<typeof RegistryRecord>

export const RegistryLookupResponse = z.discriminatedUnion('result', [
  z.object({ result: z.literal('found'), records: z.array(RegistryRecord).min(1), message: z.string() }),
  z.object({ result: z.literal('not-found'), records: z.array(RegistryRecord).length(0), message: z.string() }),
])
export type RegistryLookupResponse = z.infer<typeof RegistryLookupResponse>

// ── 4. payment gateway (易宝-like) ─────────────────────────────────────────────────────────────
export const PAYMENT_CHANNELS = ['unionpay', 'alipay', 'wechat'] as const
export const PaymentChannel = z.enum(PAYMENT_CHANNELS)
export type PaymentChannel = z.infer<typeof PaymentChannel>
/** Chinese names the order page shows. */
export const PAYMENT_CHANNEL_NAMES: Record<PaymentChannel, string> = { unionpay: '银联', alipay: '支付宝', wechat: '微信支付' }

/** Amounts are integers in fen (分): 289 元 = 28900. */
const amountFen = z.number().int('amount is in fen (分), an integer').positive().max(100_000_000)

/** POST {payment}/v1/orders. Same orderId and amount again returns the same order (idempotent); otherwise 409. */
export const CreateOrderRequest = z.object({
  orderId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'orderId: 1-64 of A-Z a-z 0-9 _ -'),
  amount: amountFen,
  subject: nonEmpty.max(128),
  /** Where the gateway POSTs the asynchronous PaymentCallback (the site's own endpoint). */
  notifyUrl: z.url({ protocol: /^https?$/ }),
  /** Where the order page sends the browser back after pay or cancel (?orderId=…&status=…). */
  returnUrl: z.url({ protocol: /^https?$/ }),
})
export type CreateOrderRequest = z.infer<typeof CreateOrderRequest>

export const OrderStatus = z.enum(['created', 'paid', 'cancelled', 'failed'])
export type OrderStatus = z.infer<typeof OrderStatus>

export const CreateOrderResponse = z.object({
  orderId: z.string(),
  /** The gateway's order page (HTML, 确认支付 / 取消支付) to send the candidate's browser to. */
  payUrl: z.url(),
  status: OrderStatus,
})
export type CreateOrderResponse = z.infer<typeof CreateOrderResponse>

/** GET {payment}/v1/orders/:orderId/status: the gateway's view, for reconciling a lost callback. */
export const OrderStatusResponse = z.object({
  orderId: z.string(),
  status: OrderStatus,
  amount: amountFen,
  channel: PaymentChannel.nullable(),
  tradeNo: z.string().nullable(),
  refunded: z.number().int().nonnegative(),
})
export type OrderStatusResponse = z.infer<typeof OrderStatusResponse>

/**
 * The form the order page posts: POST {payment}/v1/orders/:orderId/pay (channel) or …/cancel
 * (application/x-www-form-urlencoded or JSON); both answer 303 to returnUrl.
 */
export const PayForm = z.object({ channel: PaymentChannel.default('unionpay') })
export type PayForm = z.infer<typeof PayForm>

/** The gateway's asynchronous POST to notifyUrl (JSON). The receiver answers 2xx to acknowledge. */
export const PaymentCallback = z.object({
  orderId: z.string(),
  status: z.enum(['paid', 'cancelled', 'failed']),
  amount: amountFen,
  channel: PaymentChannel.nullable(),
  /** The gateway's transaction number (null when nothing was paid). */
  tradeNo: z.string().nullable(),
  /** ISO instant of the event. */
  at: z.string(),
  /** hex HMAC-SHA256 over `orderId|status|amount|channel|tradeNo|at` with the shared secret (see signCallback). */
  signature: z.string().regex(/^[0-9a-f]{64}$/),
})
export type PaymentCallback = z.infer<typeof PaymentCallback>

/** POST {payment}/v1/refunds: refund through the order's original channel (another channel is 409). */
export const RefundRequest = z.object({
  orderId: nonEmpty,
  amount: amountFen,
  channel: PaymentChannel,
})
export type RefundRequest = z.infer<typeof RefundRequest>

export const RefundResponse = z.object({
  orderId: z.string(),
  refundId: z.string(),
  status: z.literal('refunded'),
  amount: amountFen,
  channel: PaymentChannel,
  /** Total refunded on the order so far, in fen. */
  refundedTotal: z.number().int(),
})
export type RefundResponse = z.infer<typeof RefundResponse>

// ── 5. SMS ───────────────────────────────────────────────────────────────────────────────────
/** POST {sms}/v1/messages. */
export const SendSmsRequest = z.object({
  mobile: z.string().regex(/^\+?\d{6,15}$/, 'mobile: 6-15 digits, optional leading +'),
  text: nonEmpty.max(500),
})
export type SendSmsRequest = z.infer<typeof SendSmsRequest>

export const SmsMessage = z.object({ id: z.string(), mobile: z.string(), text: z.string(), sentAt: z.string() })
export type SmsMessage = z.infer<typeof SmsMessage>

export const SendSmsResponse = z.object({ id: z.string(), status: z.literal('accepted'), sentAt: z.string() })
export type SendSmsResponse = z.infer<typeof SendSmsResponse>

/** GET {sms}/v1/messages[?mobile=…]: the inbox, newest first. DELETE with the same query clears it. */
export const SmsInboxResponse = z.object({ messages: z.array(SmsMessage) })
export type SmsInboxResponse = z.infer<typeof SmsInboxResponse>

// ── Where they live ─────────────────────────────────────────────────────────────────────────
export const SERVICES = ['identity', 'education', 'registry', 'payment', 'sms'] as const
export type Service = (typeof SERVICES)[number]

/** Paths under each service's base URL. */
export const SERVICE_PATHS = {
  identity: { verify: '/v1/verify' },
  education: { verify: '/v1/verify' },
  registry: { lookup: '/v1/lookup' },
  payment: {
    orders: '/v1/orders',
    order: '/v1/orders/:orderId',
    status: '/v1/orders/:orderId/status',
    pay: '/v1/orders/:orderId/pay',
    cancel: '/v1/orders/:orderId/cancel',
    refunds: '/v1/refunds',
  },
  sms: { messages: '/v1/messages' },
} as const

/** Origin the in-process mocks answer on (`.test` never resolves, so nothing leaks to a network). */
export const DEFAULT_MOCK_ORIGIN = 'http://mocks.baoming.test'

/** Admin endpoints under `${origin}/__admin`: scenarios, reset, seeding (see mocks/handlers/admin.ts). */
export const ADMIN_BASE = '/__admin'

/** Base URL of each service for a mock origin: `${origin}/${service}`. */
export function serviceUrls(origin: string = DEFAULT_MOCK_ORIGIN): Record<Service, string> {
  const o = origin.replace(/\/+$/, '')
  return Object.fromEntries(SERVICES.map((s) => [s, `${o}/${s}`])) as Record<Service, string>
}

/** The default base URLs (in-process MSW). */
export const DEFAULT_SERVICE_URLS = serviceUrls()

/** The admin base URL (`${origin}/__admin`) of mocks whose service URLs are `urls`. */
export function adminUrlOf(urls: Record<Service, string>): string {
  return `${urls.identity.replace(/\/identity\/?$/, '')}${ADMIN_BASE}`
}
