import { digits, int, pick, type Draw } from './draw.ts'

// Account fields of seed 002: password 5-12 letters and digits (case-sensitive); recovery answer
// 4-30 characters; the question is the candidate's own.

const QUESTIONS = ['我的小学校名', '我母亲的名字', '我的出生地', '我最喜欢的书', '我的第一位老师', '我的家乡']
const ANSWERS = ['阳光小学', '实验小学', '长江路小学', '红旗小学', '本草纲目', '黄帝内经', '临床诊断学', '青山绿水']
const LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ'

export interface Account { username: string; password: string; recoveryQuestion: string; recoveryAnswer: string }

/** Login name from the pinyin plus digits; an 8-12 character letters-and-digits password. */
export function account(d: Draw, pinyin: string): Account {
  const len = int(d, 8, 12)
  let password = ''
  for (let i = 0; i < len - 3; i++) password += LETTERS[int(d, 0, LETTERS.length - 1)]
  password += digits(d, 3)
  return {
    username: `${pinyin.replace(/[^a-z]/gi, '').toLowerCase().slice(0, 12) || 'ks'}${digits(d, 3)}`,
    password,
    recoveryQuestion: pick(d, QUESTIONS),
    recoveryAnswer: pick(d, ANSWERS),
  }
}
