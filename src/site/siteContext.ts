import { ctxFor, type AnyRule, type Ctx } from '../rules/rule.ts'
import { RULES } from '../rules/catalogue.ts'
import { PROFILES, type Profile, type ProfileId } from '../rules/profiles.ts'
import { beijing, createClock, type Clock } from './clock.ts'
import type { Db } from './db/openDatabase.ts'
import { Sessions } from './auth/sessions.ts'
import { Captchas, type CaptchaMode } from './auth/captchas.ts'
import { Throttle } from './auth/throttle.ts'
import { Users } from './store/users.ts'
import { Candidates } from './store/candidates.ts'
import { Applications } from './store/applications.ts'
import { Files } from './store/files.ts'
import { DictionaryRequests } from './store/dictionaryRequests.ts'
import type { ServicesClient } from './services/servicesClient.ts'
import { Portal } from './store/portal.ts'
import { AuditLog } from './store/auditLog.ts'
import { Payments } from './store/payments.ts'
import { SkillsResults } from './store/skillsResults.ts'
import { Classroom } from './store/classroom.ts'
import { createGateway, type Gateway } from './services/gateway.ts'
import { DEFAULT_SERVICE_URLS, type Service } from '../../mocks/contracts.ts'
import { paymentSecretOf } from './payment/paymentSecret.ts'
import { rulesWithDefects } from './defects/switchOn.ts'

/** Everything an action needs: stores, the clock, the profile, the services and the switched-on defects. */
export interface SiteContext {
  db: Db
  clock: Clock
  profile: Profile
  users: Users
  candidates: Candidates
  applications: Applications
  files: Files
  sessions: Sessions
  captchas: Captchas
  /** Failed sign-ins and recovery attempts per account and per client. */
  throttle: Throttle
  dictionaryRequests: DictionaryRequests
  services: ServicesClient
  /** Materials portal (省网), audit log and payments (part 2). */
  portal: Portal
  audit: AuditLog
  payments: Payments
  /** The class of trainees and the reviewer exercises (trainer console). */
  classroom: Classroom
  /** Skills-exam results an administrator publishes (Hubei's written-exam fee waits for them). */
  skillsResults: SkillsResults
  /** The payment gateway and the SMS service. */
  gateway: Gateway
  /** Base URL of each external service (the trainer registers generated candidates with the mocks there). */
  serviceUrls: Record<Service, string>
  /** Shared secret that signs the gateway's callbacks. */
  paymentSecret: string
  /** The site's own origin as browsers and the gateway reach it; set once the server listens. */
  publicUrl: string
  defects: ReadonlySet<string>
  /** The rules the server enforces: the catalogue, unless a seeded defect drops or bends one. */
  rules: readonly AnyRule[]
  /** The rules' context now: the profile and today's date in Beijing. */
  ruleCtx(): Ctx
  /** Now as an ISO instant (stored timestamps). */
  nowIso(): string
  /** Now in Beijing time with its offset, as lifecycle events carry it. */
  atBeijing(): string
}

export interface SiteContextOptions {
  db: Db
  dataDir: string
  clock: Clock
  profile: ProfileId
  services: ServicesClient
  /** Base URLs of the services (payment and SMS are called directly). */
  serviceUrls?: Record<Service, string>
  /** The gateway's callback secret (default: the data folder's own, made at first start). */
  paymentSecret?: string
  captcha: CaptchaMode
  defects: readonly string[]
  /** The rules to enforce (default: the whole catalogue). */
  rules?: readonly AnyRule[]
  /** Cheap password hashing (conformance fixtures only). */
  fastHash?: boolean
  /** What session lifetimes are measured on: real time by default, so moving the site's clock logs nobody out. */
  sessionClock?: Clock
}

/** Wires the stores over one database. */
export function createSiteContext(o: SiteContextOptions): SiteContext {
  const profile = PROFILES[o.profile]
  return {
    db: o.db, clock: o.clock, profile, services: o.services, defects: new Set(o.defects), rules: rulesWithDefects(o.rules ?? RULES, o.defects),
    users: new Users(o.db, o.fastHash),
    candidates: new Candidates(o.db),
    applications: new Applications(o.db),
    files: new Files(o.db, o.dataDir),
    sessions: new Sessions(o.db, o.sessionClock ?? createClock(null)),
    captchas: new Captchas(o.db, o.clock, o.captcha),
    throttle: new Throttle(o.db, o.clock),
    dictionaryRequests: new DictionaryRequests(o.db),
    portal: new Portal(o.db),
    audit: new AuditLog(o.db),
    payments: new Payments(o.db),
    skillsResults: new SkillsResults(o.db),
    classroom: new Classroom(o.db),
    gateway: createGateway(o.serviceUrls),
    serviceUrls: o.serviceUrls ?? DEFAULT_SERVICE_URLS,
    paymentSecret: paymentSecretOf(o.dataDir, o.paymentSecret),
    publicUrl: '',
    ruleCtx: () => ctxFor(profile.id, beijing(o.clock.now()).date),
    nowIso: () => o.clock.now().toISOString(),
    atBeijing: () => beijing(o.clock.now()).iso,
  }
}
