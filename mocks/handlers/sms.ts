import { http, HttpResponse } from 'msw'
import { SendSmsRequest, SERVICE_PATHS, type SendSmsResponse, type SmsInboxResponse } from '../contracts.ts'
import type { MockContext } from '../context.ts'
import { parseBody } from '../respond.ts'

// SMS gateway with an inbox trainers can read (GET, newest first) and clear (DELETE), per mobile or all.

/** POST/GET/DELETE {sms}/v1/messages. */
export function smsHandlers(ctx: MockContext) {
  const url = `${ctx.urls.sms}${SERVICE_PATHS.sms.messages}`
  const { messages } = ctx.state.sms
  const mobileOf = (request: Request) => new URL(request.url).searchParams.get('mobile')
  return [
    http.post(url, async ({ request }) => {
      const body = await parseBody(request, SendSmsRequest)
      if (!body.ok) return body.response
      const sent = { id: ctx.clock.nextId('SMS-'), sentAt: ctx.clock.now().toISOString() }
      messages.push({ ...sent, ...body.data })
      return HttpResponse.json({ ...sent, status: 'accepted' } satisfies SendSmsResponse, { status: 201 })
    }),
    http.get(url, ({ request }) => {
      const mobile = mobileOf(request)
      // Newest first: later sends were pushed later (ids rise), so reverse insertion order.
      const list = messages.filter((m) => mobile === null || m.mobile === mobile).reverse()
      return HttpResponse.json({ messages: list } satisfies SmsInboxResponse)
    }),
    http.delete(url, ({ request }) => {
      const mobile = mobileOf(request)
      const keep = messages.filter((m) => mobile !== null && m.mobile !== mobile)
      const removed = messages.length - keep.length
      messages.splice(0, messages.length, ...keep)
      return HttpResponse.json({ removed })
    }),
  ]
}
