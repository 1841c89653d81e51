import type { Context } from 'hono'
import type { Session } from '../auth/sessions.ts'
import type { SiteContext } from '../siteContext.ts'
import type { User } from '../store/users.ts'
import type { PageCtx } from '../pages/layout.ts'

/** What every request carries once the session middleware ran. */
export type Env = { Variables: { site: SiteContext; session: Session; user: User | null } }
export type Ctx = Context<Env>

/** The page context of a request. */
export function pageCtx(c: Ctx, flash?: string): PageCtx {
  return { user: c.var.user, csrf: c.var.session.csrf, profileTitle: c.var.site.profile.title, flash: flash ?? FLASH[c.req.query('ok') ?? ''] }
}

/** Notices shown after a redirect, by key (?ok=…). */
const FLASH: Record<string, string> = {
  saved: '保存成功。', registered: '注册成功，请完善个人信息。', password: '密码修改成功，请重新登录。', recovered: '密码已重置，请使用新密码登录。',
  security: '安全设置已保存。', deleted: '已删除。', requested: '申请已提交，待后台添加成功后方可在菜单中选择。', photo: '照片上传成功。',
  submitted: '报名成功，请打印《医师资格考试网上报名成功通知单》。', abandoned: '已放弃报考，可重新开始新的报名。',
  'review-submitted': '上报完成，内容已锁定。', authorised: '授权成功，已进入报名材料上传系统。',
  clock: '系统时钟已设置。', reset: '已重置为演示数据，请重新登录。', class: '学员账号已创建，可打印登录单。', exercises: '新的审核练习已开始。',
}

/** Form fields as strings (and lists for repeated names); files left out. */
export async function formBody(c: Ctx): Promise<Record<string, unknown>> {
  const body = await c.req.parseBody({ all: true })
  return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string' || Array.isArray(v)))
}
