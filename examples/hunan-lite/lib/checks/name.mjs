import { readFileSync } from 'node:fs'
import { isHalfWidth } from './formats.mjs'

// 姓名 and 拼音 (seed 002 附: 考生姓名, FAQ 二.2; seed 004 第六步 填写规范 2-3).
const PINYIN = JSON.parse(readFileSync(new URL('../../data/pinyin.json', import.meta.url), 'utf8'))
const OTHER_DOTS = /[\u00B7\u2022\u2027\u30FB\u3002\u2219\u22C5\u0387]/u

let gbk
/** Characters the platform's font (GBK) can show; built once by decoding every double-byte code. */
function inGbk(ch) {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return true
  if (!gbk) {
    gbk = new Set()
    const decoder = new TextDecoder('gbk')
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) gbk.add(decoder.decode(new Uint8Array([lead, trail])))
    }
  }
  return gbk.has(ch)
}

/** The problem with a name, or null; mainland names are Chinese characters, "." and "?". */
export function nameProblem(name, mainland) {
  if (name === '') return '请填写证件上的姓名'
  if (!isHalfWidth(name)) return '姓名须为半角字符，请关闭全角输入'
  if (!mainland) {
    if ([...name].length > 28) return '姓名长度不能超过28个字符'
    if (/[A-Za-z][A-Z]/.test(name)) return '姓名中的英文字母除首字母外一律用小写'
    return null
  }
  if (/\s/u.test(name)) return '姓名中不能有空格，汉字之间不要留空格'
  if (OTHER_DOTS.test(name)) return '少数民族姓名中的点请输入英文小数点"."'
  if (!/^[\p{Script=Han}.?]+$/u.test(name)) return '姓名必须为汉字，不得包含字母、数字、标点符号（生僻字用"?"代替）'
  if ([...name].length > 28) return '姓名长度不能超过28个汉字'
  const missing = [...name].filter((ch) => !inGbk(ch))
  if (missing.length) return `姓名中"${missing.join('')}"字库中没有，请用"?"代替（一个"?"代替一个汉字）`
  return null
}

/** Whether the pinyin spells every character of a mainland name in full, in order. */
export function isFullPinyin(name, typed) {
  const text = typed.toLowerCase().replace(/[\s.]/g, '').replaceAll('ü', 'v')
  if (!/^[a-z]+$/.test(text)) return false
  let reachable = new Set([0])
  for (const ch of [...name].filter((c) => c !== '.')) {
    const next = new Set()
    const readings = ch === '?' ? null : (PINYIN[ch] ?? '').split(' ').filter(Boolean).flatMap((r) => (r.includes('ü') ? [r.replaceAll('ü', 'v'), r.replaceAll('ü', 'u')] : [r]))
    for (const pos of reachable) {
      if (readings === null) for (let end = pos + 1; end <= Math.min(text.length, pos + 6); end++) next.add(end)
      else for (const r of readings) if (text.startsWith(r, pos)) next.add(pos + r.length)
    }
    reachable = next
  }
  return reachable.has(text.length)
}
