import { timingSafeEqual } from 'node:crypto'
import { dictionary } from './dictionary.mjs'
import { refuse } from './problems.mjs'
import * as accounts from './services/accounts.mjs'
import * as apps from './services/applications.mjs'
import * as profile from './services/profile.mjs'
import { isOpen } from './window.mjs'

// The JSON API: one route per action of the pages. Handlers answer [status, body].
const KINDS = Object.keys(profile.RECORDS)

function requireAdmin(ctx, req) {
  const given = Buffer.from(String(req.headers['x-admin-token'] ?? ''))
  const expected = Buffer.from(ctx.adminToken ?? '')
  if (!ctx.adminToken || given.length !== expected.length || !timingSafeEqual(given, expected)) refuse(403, 'adminToken', '管理口令不正确')
}

function requireKind(kind) {
  if (!KINDS.includes(kind)) refuse(404, 'kind', '没有这类记录')
}

/** Registers the API routes; `auth` marks routes that need a candidate's session. */
export function addApiRoutes(router) {
  const route = (method, path, handler, auth = true) => router.add(method, path, { api: true, auth, handler })

  route('GET', '/api/health', () => [200, { ok: true }], false)
  route('GET', '/api/dictionary', () => [200, { ok: true, ...dictionary }], false)
  route('GET', '/api/captcha', ({ ctx }) => {
    const c = accounts.newCaptcha(ctx)
    return [200, { ok: true, captchaId: c.id, imageUrl: `/captcha/${c.id}.svg` }]
  }, false)
  route('POST', '/api/accounts', ({ ctx, body }) => {
    const user = accounts.register(ctx, body.fields)
    return [201, { ok: true, userId: user.id, loginName: user.loginName, basic: user.basic }]
  }, false)
  route('POST', '/api/sessions', ({ ctx, body }) => [201, { ok: true, token: accounts.login(ctx, body.fields) }], false)
  route('DELETE', '/api/sessions', ({ ctx, token }) => (accounts.logout(ctx, token), [200, { ok: true }]))
  route('POST', '/api/password-recovery', ({ ctx, body }) => (accounts.recover(ctx, body.fields), [200, { ok: true }]), false)
  route('POST', '/api/me/password', ({ ctx, user, body }) => (accounts.changePassword(ctx, user, body.fields), [200, { ok: true }]))
  route('PUT', '/api/me/security', ({ ctx, user, body }) => (accounts.updateSecurity(ctx, user, body.fields), [200, { ok: true }]))

  route('GET', '/api/me', ({ ctx, user }) => [200, { ok: true, ...profile.profileView(ctx, user) }])
  route('PUT', '/api/me/basic', () => refuse(403, 'basic', '基本信息由注册时决定，不开放修改功能；如信息有误，请在现场资格审核期间通过考务人员修订'))
  route('PUT', '/api/me/contact', ({ ctx, user, body }) => (profile.updateContact(ctx, user, body.fields), [200, { ok: true, contact: user.contact }]))
  route('PUT', '/api/me/work', ({ ctx, user, body }) => (profile.updateWork(ctx, user, body.fields), [200, { ok: true, work: user.work }]))
  route('PUT', '/api/me/photo', ({ ctx, user, body }) => {
    const { fileName = '', contentBase64 = '' } = body.fields
    profile.updatePhoto(ctx, user, String(fileName), Buffer.from(String(contentBase64), 'base64'))
    const { data: _d, ...photo } = user.photo
    return [200, { ok: true, photo }]
  })
  route('GET', '/api/me/photo', ({ user }) => {
    if (!user.photo) refuse(404, 'photo', '尚未上传照片')
    return [200, { ok: true, fileName: user.photo.fileName, contentBase64: user.photo.data }]
  })
  route('POST', '/api/me/:kind', ({ ctx, user, params, body }) => {
    requireKind(params.kind)
    return [201, { ok: true, record: profile.addRecord(ctx, user, params.kind, body.fields) }]
  })
  route('PUT', '/api/me/:kind/:id', ({ ctx, user, params, body }) => {
    requireKind(params.kind)
    return [200, { ok: true, record: profile.updateRecord(ctx, user, params.kind, params.id, body.fields) }]
  })
  route('DELETE', '/api/me/:kind/:id', ({ ctx, user, params }) => {
    requireKind(params.kind)
    profile.deleteRecord(ctx, user, params.kind, Number(params.id))
    return [200, { ok: true }]
  })

  route('GET', '/api/applications', ({ ctx, user }) => [200, {
    ok: true, windowOpen: isOpen(ctx.clock.now()),
    applications: ctx.store.state.applications.filter((a) => a.userId === user.id).map(apps.applicationView),
  }])
  route('POST', '/api/applications', ({ ctx, user, body }) => [201, { ok: true, application: apps.applicationView(apps.start(ctx, user, body.fields)) }])
  route('GET', '/api/applications/:id', ({ ctx, user, params }) => [200, { ok: true, application: apps.applicationView(apps.findApplication(ctx, user, params.id)) }])
  for (const step of ['agree', 'basic', 'work', 'education', 'certificates', 'confirm', 'submit', 'abandon']) {
    route('POST', `/api/applications/:id/${step}`, ({ ctx, user, params, body }) => {
      const app = apps.findApplication(ctx, user, params.id)
      apps[step](ctx, user, app, body.fields)
      return [200, { ok: true, application: apps.applicationView(app) }]
    })
  }
  route('GET', '/api/applications/:id/notice', ({ ctx, user, params }) => [200, { ok: true, notice: apps.notice(ctx, user, apps.findApplication(ctx, user, params.id)) }])

  route('GET', '/api/admin/clock', ({ ctx, req }) => (requireAdmin(ctx, req), [200, { ok: true, now: ctx.clock.now().toISOString(), fixed: ctx.clock.isFixed() }]), false)
  route('POST', '/api/admin/clock', ({ ctx, req, body }) => {
    requireAdmin(ctx, req)
    const now = body.fields.now ?? null
    if (now !== null && Number.isNaN(new Date(now).getTime())) refuse(422, 'now', '时间格式应为 ISO 8601，例如 2025-01-10T09:00:00+08:00')
    ctx.clock.set(now)
    return [200, { ok: true, now: ctx.clock.now().toISOString(), fixed: ctx.clock.isFixed() }]
  }, false)
}
