import type { z } from 'zod'
import {
  EducationVerifyResponse, IdentityVerifyResponse, RegistryLookupResponse, SERVICE_PATHS,
  type EducationVerifyRequest, type IdentityVerifyRequest, type RegistryLookupRequest, type Service,
} from '../../../mocks/contracts.ts'
import { Refusal } from '../validation/fieldError.ts'

/** Chinese names of the services, for the retry message. */
const SERVICE_NAMES: Record<Service, string> = { identity: '公安部身份信息核验', education: '学信网学历核验', registry: '医师执业注册信息核验', payment: '网上支付', sms: '短信' }

/** The message shown when a service times out or fails: try again, nothing typed is lost. */
export function retryMessage(service: Service): string {
  return `${SERVICE_NAMES[service]}服务暂时无法访问，请稍后重新提交。您填写的内容已保留，无需重新填写。`
}

/** The external services the platform calls, at configurable base URLs. */
export interface ServicesClient {
  verifyIdentity(req: IdentityVerifyRequest): Promise<IdentityVerifyResponse>
  verifyEducation(req: EducationVerifyRequest): Promise<EducationVerifyResponse>
  lookupRegistry(req: RegistryLookupRequest): Promise<RegistryLookupResponse>
}

/** Calls the services over HTTP; a timeout, a network error or a 5xx becomes a 503 Refusal with the retry message. */
export function createServicesClient(urls: Record<Service, string>, timeoutMs = 5000): ServicesClient {
  async function call<T extends z.ZodType>(service: Service, path: string, body: unknown, schema: T): Promise<z.infer<T>> {
    let res: Response
    try {
      res = await fetch(`${urls[service]}${path}`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs),
      })
    } catch {
      throw Refusal.of('service-unavailable', retryMessage(service), 503)
    }
    if (res.status >= 500) throw Refusal.of('service-unavailable', retryMessage(service), 503)
    const parsed = schema.safeParse(await res.json().catch(() => null))
    if (!res.ok || !parsed.success) throw Refusal.of('service-error', retryMessage(service), 503)
    return parsed.data
  }
  return {
    verifyIdentity: (req) => call('identity', SERVICE_PATHS.identity.verify, req, IdentityVerifyResponse),
    verifyEducation: (req) => call('education', SERVICE_PATHS.education.verify, req, EducationVerifyResponse),
    lookupRegistry: (req) => call('registry', SERVICE_PATHS.registry.lookup, req, RegistryLookupResponse),
  }
}
