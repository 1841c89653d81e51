import { http, HttpResponse } from 'msw'
import { RegistryLookupRequest, SERVICE_PATHS, type RegistryLookupResponse } from '../contracts.ts'
import type { MockContext } from '../context.ts'
import { parseBody } from '../respond.ts'

// Practitioner registry: only seeded certificates exist; the numbers given narrow the person's records.

/** The person's records that carry the given certificate and registration numbers. */
export function lookupRegistry(ctx: MockContext, req: RegistryLookupRequest): RegistryLookupResponse {
  const records = ctx.state.registry.all().filter((r) =>
    r.idNumber === req.idNumber
    && (req.certNumber === undefined || r.certNumber === req.certNumber)
    && (req.registrationNumber === undefined || r.registrationNumber === req.registrationNumber))
  return records.length > 0
    ? { result: 'found', records, message: `查到 ${records.length} 条执业资格及注册记录` }
    : { result: 'not-found', records: [], message: '执业注册信息库中未查到相符的资格证书或注册记录，请核对证书编号' }
}

/** POST {registry}/v1/lookup. */
export function registryHandlers(ctx: MockContext) {
  return [
    http.post(`${ctx.urls.registry}${SERVICE_PATHS.registry.lookup}`, async ({ request }) => {
      const body = await parseBody(request, RegistryLookupRequest)
      if (!body.ok) return body.response
      return HttpResponse.json(lookupRegistry(ctx, body.data))
    }),
  ]
}
