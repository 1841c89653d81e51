import { z } from 'zod'
import { Refusal } from '../validation/fieldError.ts'
import type { Ctx } from './env.ts'

// zod's own Chinese messages (无效输入：期望 string…): an API caller reads what is wrong with which field, in the site's language.
const zhCN = z.locales.zhCN()

/** The request's JSON body as its schema reads it; otherwise a 400 naming each wrong field, in Chinese. */
export async function jsonBody<T extends z.ZodType>(c: Ctx, schema: T): Promise<z.infer<T>> {
  const raw = await c.req.json().catch(() => undefined)
  const r = schema.safeParse(raw ?? {}, { error: zhCN.localeError })
  if (!r.success) {
    throw new Refusal(r.error.issues.map((i) => {
      const path = i.path.join('.')
      return { rule: null, path, code: 'bad-request', message: `请求格式不正确：${path ? `字段 ${path}：` : ''}${i.message}` }
    }), 400)
  }
  return r.data
}
