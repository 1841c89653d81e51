import { http, HttpResponse } from 'msw'
import { EducationVerifyRequest, SERVICE_PATHS, type EducationVerifyResponse } from '../contracts.ts'
import type { MockContext } from '../context.ts'
import { chinaDate } from '../clock.ts'
import { parseBody } from '../respond.ts'
import { addMonths } from '../../src/rules/checks/dates.ts'

// 学信网 online verification. Only seeded codes exist; a code seeded for another person is unknown to
// this one (the site must not learn whose it is). A report is valid through issuedOn + N months.

/** Verdict on one request at its referenceDate (the mock clock's China date by default). */
export function verifyEducation(ctx: MockContext, req: EducationVerifyRequest): EducationVerifyResponse {
  const report = ctx.state.education.get(req.code)
  if (!report || report.idNumber !== req.idNumber || report.name !== req.name) {
    return { result: 'unknown', message: '在线验证码不存在或与本人信息不符，请核对验证码' }
  }
  const validUntil = addMonths(report.issuedOn, ctx.options.educationValidityMonths)
  const on = req.referenceDate ?? chinaDate(ctx.clock.now())
  if (on > validUntil) {
    return { result: 'expired', issuedOn: report.issuedOn, validUntil, message: `验证报告已过有效期（${validUntil}），请登录学信网重新申请` }
  }
  return { result: 'valid', report, validUntil, message: '学历信息核验通过' }
}

/** POST {education}/v1/verify. */
export function educationHandlers(ctx: MockContext) {
  return [
    http.post(`${ctx.urls.education}${SERVICE_PATHS.education.verify}`, async ({ request }) => {
      const body = await parseBody(request, EducationVerifyRequest)
      if (!body.ok) return body.response
      return HttpResponse.json(verifyEducation(ctx, body.data))
    }),
  ]
}
