import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import type { Candidate } from '../../rules/candidate.ts'
import { MATERIAL_TITLES, type MaterialId } from '../../rules/materials.ts'
import { print, printWidth } from './cjkText.ts'
import { DOCUMENT_TEXT as T } from './documentText.ts'
import { drawIdPhoto } from './draw.ts'
import { fillEllipse, fillRect, raster, type Raster, type Rgb } from './raster.ts'

// Material images a reviewer can train on: the documents drawn with Chinese text from the candidate's
// own facts (ID card front and back, the hand-held photo, 毕业证书, the 学信网 report, the assistant
// physician's certificates, 试用期考核证明), and the faults a reviewer must catch planted on request.

/** Faults a document can carry, and 'none'. */
export const FAULTS = ['none', 'other-name', 'expired-id', 'blurred', 'cropped', 'missing-stamp', 'wrong-document', 'waiting-period'] as const
export type Fault = (typeof FAULTS)[number]

/** What a fault looks like on the page, for answer keys and score boards. */
export const FAULT_TITLES: Record<Fault, string> = {
  none: '无问题', 'other-name': '材料上是他人姓名', 'expired-id': '身份证已过有效期', blurred: '图片模糊无法辨认', cropped: '图片裁切不完整',
  'missing-stamp': '缺少公章', 'wrong-document': '上传了错误的材料', 'waiting-period': '注册日期不满规定年限',
}

const PAGE: Rgb = [252, 250, 243]
const INK: Rgb = [30, 30, 30]
const LABEL: Rgb = [70, 90, 130]
const RED: Rgb = [200, 30, 30]
const CARD: Rgb = [226, 236, 244]

/** Options of one drawing: which page of a material, the fault planted, a name to print instead of the candidate's. */
export interface DrawOptions { page?: number; fault?: Fault; otherName?: string; today: string }

const dotted = (iso: string) => iso.replaceAll('-', '.')
const cn = (iso: string) => { const [y, m, d] = iso.split('-'); return `${y}年${Number(m)}月${d ? `${Number(d)}日` : ''}` }

function wrap(r: Raster, x: number, y: number, s: string, px: number, width: number, c: Rgb): number {
  let line = ''
  for (const ch of s) {
    if (printWidth(line + ch, px) > width) { print(r, x, y, line, px, c); y += Math.round(px * 1.6); line = '' }
    line += ch
  }
  if (line) { print(r, x, y, line, px, c); y += Math.round(px * 1.6) }
  return y
}

function centred(r: Raster, y: number, s: string, px: number, c: Rgb, bold = false): void {
  print(r, Math.round((r.width - printWidth(s, px)) / 2), y, s, px, c, bold)
}

/** The pixels between two circles (a seal's rim), leaving what is under it visible. */
function ring(r: Raster, cx: number, cy: number, outer: number, inner: number, c: Rgb): void {
  for (let y = Math.max(0, Math.floor(cy - outer)); y < Math.min(r.height, Math.ceil(cy + outer)); y++) {
    for (let x = Math.max(0, Math.floor(cx - outer)); x < Math.min(r.width, Math.ceil(cx + outer)); x++) {
      const d = Math.hypot(x - cx, y - cy)
      if (d <= outer && d >= inner) { const i = (y * r.width + x) * 4; r.data[i] = c[0]; r.data[i + 1] = c[1]; r.data[i + 2] = c[2] }
    }
  }
}

/** A red round seal with a star and the issuer's name across it. */
function stamp(r: Raster, cx: number, cy: number, radius: number, issuer: string): void {
  ring(r, cx, cy, radius, radius * 0.9, RED)
  fillEllipse(r, cx, cy - radius * 0.25, radius * 0.16, radius * 0.16, RED)
  const px = Math.max(8, Math.floor(Math.min(radius * 0.32, (radius * 1.6) / Math.max(1, issuer.length))))
  print(r, cx - printWidth(issuer, px) / 2, cy + radius * 0.05, issuer, px, RED)
  print(r, cx - printWidth(T.stamp.seal, px) / 2, cy + radius * 0.05 + px * 1.3, T.stamp.seal, px, RED)
}

function idFront(c: Candidate, name: string, w: number): Raster {
  const h = Math.round(w * 0.63)
  const r = raster(w, h, CARD)
  const px = Math.round(w / 28), x = Math.round(w * 0.06), vx = x + px * 3.5
  const row = (y: number, label: string, value: string) => { print(r, x, y, label, px, LABEL); print(r, vx, y, value, px, INK) }
  row(h * 0.1, T.idFront.name, name)
  row(h * 0.24, T.idFront.sex, c.sex)
  print(r, x + px * 9, h * 0.24, T.idFront.ethnicity, px, LABEL); print(r, x + px * 12, h * 0.24, c.ethnicity.replace(/族$/, ''), px, INK)
  row(h * 0.38, T.idFront.birth, cn(c.birthDate))
  print(r, x, h * 0.52, T.idFront.address, px, LABEL)
  wrap(r, vx, h * 0.52, c.address || '—', px, w * 0.5, INK)
  print(r, x, h * 0.82, T.idFront.number, px, LABEL)
  print(r, x + px * 7, h * 0.82, c.idNumber, Math.round(px * 1.1), INK, true)
  const photo = drawIdPhoto(Math.round(w * 0.27), Math.round(h * 0.58), c.idNumber.charCodeAt(10))
  blit(r, photo, Math.round(w * 0.68), Math.round(h * 0.12))
  return r
}

function idBack(c: Candidate, w: number, expired: boolean, today: string): Raster {
  const h = Math.round(w * 0.63)
  const r = raster(w, h, CARD)
  fillEllipse(r, w * 0.15, h * 0.25, w * 0.08, w * 0.08, RED)
  fillEllipse(r, w * 0.15, h * 0.25, w * 0.03, w * 0.03, [240, 200, 60])
  centred(r, Math.round(h * 0.12), T.idBack.country, Math.round(w / 20), INK, true)
  centred(r, Math.round(h * 0.3), T.idBack.title, Math.round(w / 13), INK, true)
  const px = Math.round(w / 28), x = Math.round(w * 0.2)
  const city = c.address.match(/^(.+?[省市])(.+?[市州盟])?/)
  const authority = `${city?.[2] ?? city?.[1] ?? ''}${T.idBack.police}`
  print(r, x, h * 0.66, T.idBack.authority, px, LABEL); print(r, x + px * 5, h * 0.66, authority, px, INK)
  const until = /^\d{4}-\d{2}-\d{2}$/.test(c.idValidUntil) ? c.idValidUntil : ''
  const [from, to] = expired ? [shiftYears(today, -11), shiftYears(today, -1)] : [until ? shiftYears(until, -10) : shiftYears(today, -3), until]
  print(r, x, h * 0.8, T.idBack.validity, px, LABEL)
  print(r, x + px * 5, h * 0.8, `${dotted(from!)}-${to ? dotted(to) : T.idBack.longTerm}`, px, INK)
  return r
}

const shiftYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`

function handHeld(c: Candidate, name: string, w: number): Raster {
  const h = Math.round(w * 1.25)
  const r = raster(w, h, [235, 232, 226])
  blit(r, drawIdPhoto(w, Math.round(h * 0.8), c.idNumber.charCodeAt(9)), 0, Math.round(h * 0.05))
  blit(r, idFront(c, name, Math.round(w * 0.5)), Math.round(w * 0.45), Math.round(h * 0.62))
  centred(r, Math.round(h * 0.93), T.handHeld.caption, Math.round(w / 22), INK)
  return r
}

function a4(w: number): Raster { return raster(w, Math.round(w * 1.3), PAGE) }

function diploma(c: Candidate, name: string, w: number, withStamp: boolean): Raster {
  const r = a4(w)
  const e = c.education.find((x) => x.selected) ?? c.education[0]
  fillRect(r, w * 0.03, w * 0.03, w * 0.94, 4, RED); fillRect(r, w * 0.03, r.height - w * 0.03 - 4, w * 0.94, 4, RED)
  fillRect(r, w * 0.03, w * 0.03, 4, r.height - w * 0.06, RED); fillRect(r, w * 0.97 - 4, w * 0.03, 4, r.height - w * 0.06, RED)
  centred(r, Math.round(w * 0.1), T.diploma.title, Math.round(w / 10), RED, true)
  const px = Math.round(w / 26)
  const start = e?.enrolled || `${Number((e?.graduation || '2026-06').slice(0, 4)) - (e?.lengthYears ?? 5)}-09`
  const body = `${T.diploma.body} ${name}，${T.diploma.sexLabel}${c.sex}，${cn(c.birthDate).replace(/日$/, '')}${T.diploma.day}，${T.diploma.studied}${cn(start)}${T.diploma.until}${cn(e?.graduation || '')}${T.diploma.inSchool}${e?.major ?? ''}${T.diploma.major}${e?.lengthYears ?? ''}${T.diploma.length}${e?.level ?? ''}${T.diploma.level}`
  let y = wrap(r, Math.round(w * 0.1), Math.round(w * 0.3), body, px, w * 0.8, INK)
  y += px * 2
  print(r, w * 0.1, y, `${T.diploma.school}：${e?.school ?? ''}`, px, INK)
  print(r, w * 0.1, y + px * 2, `${T.diploma.principal}：`, px, INK)
  print(r, w * 0.1, y + px * 4, `${T.diploma.number}：${e?.diplomaNumber ?? ''}`, px, INK)
  print(r, w * 0.55, y + px * 6, cn(`${e?.graduation || '2026-06'}-30`), px, INK)
  if (withStamp) stamp(r, w * 0.68, y + px * 4, w * 0.13, e?.school ?? '')
  return r
}

function report(c: Candidate, name: string, w: number): Raster {
  const r = a4(w)
  const e = c.education.find((x) => x.selected) ?? c.education[0]
  fillRect(r, 0, 0, w, w * 0.1, [30, 90, 160])
  print(r, w * 0.05, w * 0.03, T.report.site, Math.round(w / 22), [255, 255, 255], true)
  centred(r, Math.round(w * 0.15), T.report.title, Math.round(w / 24), INK, true)
  const px = Math.round(w / 30)
  const rows: [string, string][] = [
    [T.report.name, name], [T.idFront.sex, c.sex], [T.idFront.number, c.idNumber], [T.report.school, e?.school ?? ''], [T.report.level, e?.level ?? ''],
    [T.report.major, e?.major ?? ''], [T.report.graduation, e?.graduation ?? ''], [T.diploma.number, e?.diplomaNumber ?? ''],
    [T.report.code, e?.verification?.code ?? ''], [T.report.issued, e?.verification?.issuedOn ?? ''],
  ]
  rows.forEach(([k, v], i) => {
    const y = w * 0.25 + i * px * 2.2
    fillRect(r, w * 0.08, y - px * 0.5, w * 0.84, 1, [180, 180, 180])
    print(r, w * 0.1, y, k, px, LABEL); print(r, w * 0.38, y, v, px, INK)
  })
  return r
}

function certificate(c: Candidate, name: string, w: number, withStamp: boolean): Raster {
  const r = a4(w)
  const cert = c.certificates.find((x) => x.selected) ?? c.certificates[0]
  centred(r, Math.round(w * 0.1), T.certificate.assistantTitle, Math.round(w / 14), [120, 60, 20], true)
  const px = Math.round(w / 26)
  const rows: [string, string][] = [[T.certificate.holder, name], [T.idFront.sex, c.sex], [T.idFront.number, c.idNumber], [T.certificate.category, cert?.type ?? ''], [T.certificate.number, cert?.certNumber ?? ''], [T.certificate.issued, cert?.issued ?? '']]
  rows.forEach(([k, v], i) => { print(r, w * 0.1, w * 0.3 + i * px * 2.2, `${k}：${v}`, px, INK) })
  wrap(r, Math.round(w * 0.1), Math.round(w * 0.3 + rows.length * px * 2.2 + px), T.certificate.passed, px, w * 0.8, INK)
  if (withStamp) stamp(r, w * 0.7, r.height * 0.78, w * 0.13, T.certificate.authority.slice(7))
  return r
}

function license(c: Candidate, name: string, w: number, withStamp: boolean, registered: string): Raster {
  const r = a4(w)
  const cert = c.certificates.find((x) => x.selected) ?? c.certificates[0]
  centred(r, Math.round(w * 0.1), T.license.assistantTitle, Math.round(w / 14), [20, 90, 60], true)
  const px = Math.round(w / 26)
  const rows: [string, string][] = [[T.certificate.holder, name], [T.idFront.number, c.idNumber], [T.license.number, cert?.registrationNumber ?? ''], [T.license.scope, cert?.scope ?? ''], [T.license.unit, c.work.unit], [T.license.registered, registered]]
  rows.forEach(([k, v], i) => { print(r, w * 0.1, w * 0.3 + i * px * 2.2, `${k}：${v}`, px, INK) })
  if (withStamp) stamp(r, w * 0.7, r.height * 0.78, w * 0.13, T.license.health)
  return r
}

function probation(c: Candidate, name: string, w: number, withStamp: boolean, today: string): Raster {
  const r = a4(w)
  centred(r, Math.round(w * 0.1), T.probation.title, Math.round(w / 14), INK, true)
  const px = Math.round(w / 26)
  const start = new Date(Date.parse(today) - Math.max(12, c.work.monthsInPost) * 30.5 * 86_400_000).toISOString().slice(0, 10)
  const y = wrap(r, Math.round(w * 0.1), Math.round(w * 0.3), `${name}${T.probation.body}${cn(start)}${T.probation.joined}${c.work.post || '临床'}${T.probation.post}`, px, w * 0.8, INK)
  print(r, w * 0.5, y + px * 3, T.probation.unit, px, INK)
  print(r, w * 0.5, y + px * 5, `${c.work.unit}`, px, INK)
  print(r, w * 0.5, y + px * 7, `${T.probation.date}：${cn(today)}`, px, INK)
  if (withStamp) stamp(r, w * 0.65, y + px * 5, w * 0.13, c.work.unit.slice(0, 8))
  return r
}

function generic(c: Candidate, name: string, title: string, w: number): Raster {
  const r = a4(w)
  centred(r, Math.round(w * 0.1), title, Math.round(Math.min(w / 14, (w * 0.9) / Math.max(1, title.length))), INK, true)
  const px = Math.round(w / 26)
  print(r, w * 0.1, w * 0.35, `${T.generic.holder}：${name}`, px, INK)
  print(r, w * 0.1, w * 0.35 + px * 2.2, `${T.generic.idNumber}：${c.idNumber}`, px, INK)
  print(r, w * 0.1, w * 0.35 + px * 4.4, T.generic.note, px, LABEL)
  return r
}

/** Copies `src` onto `dst` with its top-left at (x, y), clipped. */
function blit(dst: Raster, src: Raster, x: number, y: number): void {
  for (let yy = 0; yy < src.height; yy++) {
    const ty = y + yy
    if (ty < 0 || ty >= dst.height) continue
    const x0 = Math.max(0, x), x1 = Math.min(dst.width, x + src.width)
    if (x1 > x0) src.data.copy(dst.data, (ty * dst.width + x0) * 4, (yy * src.width + (x0 - x)) * 4, (yy * src.width + (x1 - x)) * 4)
  }
}

/** A separable box blur: text stays visible as a smudge but cannot be read. */
function blur(r: Raster, radius: number): void {
  const tmp = Buffer.from(r.data)
  const pass = (from: Buffer, to: Buffer, dx: number, dy: number) => {
    for (let y = 0; y < r.height; y++) for (let x = 0; x < r.width; x++) {
      let s0 = 0, s1 = 0, s2 = 0, n = 0
      for (let k = -radius; k <= radius; k++) {
        const xx = x + k * dx, yy = y + k * dy
        if (xx < 0 || yy < 0 || xx >= r.width || yy >= r.height) continue
        const i = (yy * r.width + xx) * 4
        s0 += from[i]!; s1 += from[i + 1]!; s2 += from[i + 2]!; n++
      }
      const o = (y * r.width + x) * 4
      to[o] = s0 / n; to[o + 1] = s1 / n; to[o + 2] = s2 / n; to[o + 3] = 255
    }
  }
  pass(r.data, tmp, 1, 0)
  pass(tmp, r.data, 0, 1)
}

/** Keeps the top-left part of a scan and leaves the rest as the dark scanner lid. */
function crop(r: Raster): void {
  fillRect(r, r.width * 0.55, 0, r.width, r.height, [40, 40, 40])
  fillRect(r, 0, r.height * 0.6, r.width, r.height, [40, 40, 40])
}

/**
 * Draws page `page` of `material` for `c` at `width` pixels, with `fault` planted where it shows:
 * another name, an expired ID, no stamp, a recent registration date, another document, blur or a crop.
 */
export function drawMaterial(material: MaterialId, c: Candidate, width: number, o: DrawOptions): Raster {
  const fault = o.fault ?? 'none'
  const name = fault === 'other-name' ? o.otherName ?? '王小明' : c.name
  const stamped = fault !== 'missing-stamp'
  let r: Raster
  if (fault === 'wrong-document') r = material === 'verification-report' ? idFront(c, c.name, width) : report(c, c.name, width)
  else if (material === 'identity') r = o.page === 1 ? idBack(c, width, fault === 'expired-id', o.today) : o.page === 2 ? handHeld(c, name, width) : idFront(c, name, width)
  else if (material === 'diploma') r = diploma(c, name, width, stamped)
  else if (material === 'verification-report') r = report(c, name, width)
  else if (material === 'assistant-certificate') r = certificate(c, name, width, stamped)
  else if (material === 'assistant-license') {
    const cert = c.certificates.find((x) => x.selected) ?? c.certificates[0]
    r = license(c, name, width, stamped, fault === 'waiting-period' ? shiftYears(o.today, -1) : cert?.registered || shiftYears(o.today, -3))
  } else if (material === 'probation-certificate') r = probation(c, name, width, stamped, o.today)
  else r = generic(c, name, MATERIAL_TITLES[material], width)
  if (fault === 'blurred') blur(r, Math.max(3, Math.round(width / 90)))
  if (fault === 'cropped') crop(r)
  return r
}

/** The drawing as a file no larger than `maxBytes` (the portal's cap): a PNG (flat documents deflate well), else a JPEG. */
export function documentFile(r: Raster, maxBytes: number): { data: Buffer; format: 'png' | 'jpeg' } {
  const png = new PNG({ width: r.width, height: r.height })
  r.data.copy(png.data)
  const data = PNG.sync.write(png, { colorType: 2 })
  return data.length <= maxBytes ? { data, format: 'png' } : { data: jpegAtMost(r, maxBytes), format: 'jpeg' }
}

/** A JPEG of the drawing no larger than `maxBytes` (the portal's cap), at the best quality that fits. */
export function jpegAtMost(r: Raster, maxBytes: number): Buffer {
  for (const quality of [85, 75, 65, 50, 35, 20]) {
    const data = Buffer.from(jpeg.encode({ width: r.width, height: r.height, data: r.data }, quality).data)
    if (data.length <= maxBytes) return data
  }
  throw new RangeError(`a ${r.width}×${r.height} drawing does not fit in ${maxBytes} bytes`)
}
