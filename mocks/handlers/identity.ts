import { http, HttpResponse } from 'msw'
import { IdentityVerifyRequest, SERVICE_PATHS, type IdentityRecord, type IdentityVerifyResponse } from '../contracts.ts'
import type { MockContext } from '../context.ts'
import { chinaDate } from '../clock.ts'
import { parseBody } from '../respond.ts'
import { checkChar, parseResidentId } from '../../src/rules/checks/residentId.ts'

// 公安 police database. Seeded records decide; an unseeded 居民身份证 that passes the GB 11643 check
// (real date, right check character) matches whatever the name, valid for the long term, so generated
// candidates pass without seeding. Every other unseeded number is not-found.

const MESSAGES: Record<IdentityVerifyResponse['result'], string> = {
  match: '身份信息核验通过',
  mismatch: '证件号码与姓名不一致，请核对后重新输入',
  expired: '证件已过有效期，请持有效身份证件报名',
  'not-found': '公安部人口信息库中未查到该证件号码，请核对证件类型和号码',
}

/** The record the police database holds for this document, seeded or by the GB 11643 default. */
export function findPerson(ctx: MockContext, idType: IdentityRecord['idType'], idNumber: string, name: string): IdentityRecord | undefined {
  const seeded = ctx.state.identity.get(`${idType}|${idNumber}`)
  if (seeded) return seeded
  const valid = idType === '居民身份证' && parseResidentId(idNumber) !== undefined && checkChar(idNumber.slice(0, 17)) === idNumber[17]
  return valid ? { idType, idNumber, name, validUntil: '长期' } : undefined
}

/** Verdict on one request: not-found, then mismatch (name), then expired, else match. */
export function verifyIdentity(ctx: MockContext, req: IdentityVerifyRequest): IdentityVerifyResponse {
  const person = findPerson(ctx, req.idType, req.idNumber, req.name)
  const answer = (result: IdentityVerifyResponse['result'], validUntil?: string): IdentityVerifyResponse =>
    validUntil ? { result, validUntil, message: MESSAGES[result] } : { result, message: MESSAGES[result] }
  if (!person) return answer('not-found')
  if (person.name !== req.name) return answer('mismatch')
  if (person.validUntil !== '长期' && person.validUntil < chinaDate(ctx.clock.now())) return answer('expired', person.validUntil)
  return answer('match', person.validUntil)
}

/** POST {identity}/v1/verify. */
export function identityHandlers(ctx: MockContext) {
  return [
    http.post(`${ctx.urls.identity}${SERVICE_PATHS.identity.verify}`, async ({ request }) => {
      const body = await parseBody(request, IdentityVerifyRequest)
      if (!body.ok) return body.response
      return HttpResponse.json(verifyIdentity(ctx, body.data))
    }),
  ]
}
