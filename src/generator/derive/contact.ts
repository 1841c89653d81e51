import { divisionNames, STREETS, type Unit } from '../reference.ts'
import { digits, int, pick, type Draw } from './draw.ts'

// Contact formats of seed 002's form table: mainland mobile 11 digits, elsewhere 6-11 and never a
// leading 0; phones 区号(3-5)-号码(6-8)[-分机]; e-mail 5-60 characters; address at most 30 characters.

/** Real mainland mobile number segments (three-digit prefixes). */
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '166', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199']

/** Domains reserved for examples (RFC 2606), so no generated address reaches a real mailbox. */
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org', 'example.cn']

export function mainlandMobile(d: Draw): string {
  return pick(d, MOBILE_PREFIXES) + digits(d, 8)
}

/** A non-mainland mobile: `length` digits, first digit `lead`. */
export function overseasMobile(d: Draw, length: number, lead: string): string {
  return digits(d, length, lead)
}

/** A phone number in the form's 区号-号码 format; `ext` adds an extension. */
export function landline(d: Draw, areaCode: string, ext = false): string {
  const n = digits(d, 8, '2345678')
  return ext ? `${areaCode}-${n}-${int(d, 1000, 8999)}` : `${areaCode}-${n}`
}

/** An e-mail address built from the name's pinyin. */
export function email(d: Draw, pinyin: string): string {
  const local = pinyin.replace(/[^a-z]/gi, '').toLowerCase().slice(0, 20) || 'kaosheng'
  return `${local}${int(d, 1, 9999)}@${pick(d, EMAIL_DOMAINS)}`
}

/** A street address in the unit's county, at most 30 characters (the province goes first if it must). */
export function addressNear(d: Draw, unit: Unit): string {
  const n = divisionNames(unit.division)
  const street = `${pick(d, STREETS)}${int(d, 1, 399)}号`
  const full = `${n.province}${n.city}${n.county}${street}`
  return full.length <= 30 ? full : `${n.city}${n.county}${street}`.slice(-30)
}
