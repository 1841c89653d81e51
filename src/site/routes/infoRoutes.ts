import { Hono } from 'hono'
import { ruleApplies } from '../lifecycle/ruleApplies.ts'
import { candidateView } from '../actions/candidateView.ts'
import { deleteRecord, requestDictionaryAddition, saveRecord, savePersonalForm, type PersonalFormId } from '../actions/personalInfo.ts'
import { uploadPhoto } from '../actions/wizard.ts'
import { RECORD_KINDS, type RecordKind } from '../forms/forms.ts'
import { dictionaryRequestPage, infoPage, recordEditPage, type OpenForm } from '../pages/infoPages.ts'
import { Refusal } from '../validation/fieldError.ts'
import { formBody, pageCtx, type Ctx, type Env } from './env.ts'
import { orRerender, requireCandidate } from './accountRoutes.ts'
import { sendFile } from './sendFile.ts'

const isKind = (k: string): k is RecordKind => (RECORD_KINDS as string[]).includes(k)

/** Renders 个人信息 with one group's typed values and refusals. */
function showInfo(c: Ctx, opts: { group?: string; values?: Record<string, unknown>; errors?: Refusal['errors']; open?: OpenForm } = {}) {
  const site = c.var.site
  const userId = c.var.user!.id
  return infoPage(pageCtx(c), candidateView(site, userId, site.applications.active(userId)), { ...opts, hasPhoto: Boolean(site.candidates.photoFile(userId)), profile: site.profile.id, photoToolRequired: ruleApplies(site, 'PHOTO-CHECK-TOOL') })
}

/** 个人信息: contact, work, the record lists, the photo, the dictionary request, and the photo file. */
export function infoRoutes() {
  const app = new Hono<Env>()
  app.use('/info/*', async (c, next) => requireCandidate(c) ?? next())
  app.use('/info', async (c, next) => requireCandidate(c) ?? next())
  app.get('/info', (c) => c.html(showInfo(c)))

  for (const id of ['contact', 'work'] as PersonalFormId[]) {
    app.post(`/info/${id}`, async (c) => {
      const body = await formBody(c)
      const refused = await orRerender(c, () => savePersonalForm(c.var.site, c.var.user!.id, id, body), (errors) => showInfo(c, { group: id, values: body, errors }))
      return refused ?? c.redirect(`/info?ok=saved#g-${id}`, 303)
    })
  }

  app.post('/info/photo', async (c) => {
    const body = await c.req.parseBody()
    const file = body.photo
    const refused = await orRerender(c, async () => {
      if (!(file instanceof File) || file.size === 0) throw Refusal.of('photo-missing', '请选择要上传的照片文件。', 422, 'photo')
      await uploadPhoto(c.var.site, c.var.user!.id, new Uint8Array(await file.arrayBuffer()), file.name)
    }, (errors) => showInfo(c, { group: 'photo', errors }))
    return refused ?? c.redirect('/info?ok=photo', 303)
  })

  app.get('/info/request', (c) => c.html(dictionaryRequestPage(pageCtx(c), c.var.site.dictionaryRequests.ofUser(c.var.user!.id))))
  app.post('/info/request', async (c) => {
    const body = await formBody(c)
    const refused = await orRerender(c, () => requestDictionaryAddition(c.var.site, c.var.user!.id, body),
      (errors) => dictionaryRequestPage(pageCtx(c), c.var.site.dictionaryRequests.ofUser(c.var.user!.id), body, errors))
    return refused ?? c.redirect('/info/request?ok=requested', 303)
  })

  app.post('/info/:kind', async (c) => {
    const kind = c.req.param('kind')
    if (!isKind(kind)) return c.notFound()
    const body = await formBody(c)
    const refused = await orRerender(c, () => saveRecord(c.var.site, c.var.user!.id, kind, null, body), (errors) => showInfo(c, { open: { kind, id: null, values: body, errors } }))
    return refused ?? c.redirect(`/info?ok=saved#g-${kind}`, 303)
  })

  const editIndex = (c: Ctx, kind: RecordKind, id: number) => candidateView(c.var.site, c.var.user!.id).records[kind].findIndex((r) => r.id === id)
  app.get('/info/:kind/:id', (c) => {
    const kind = c.req.param('kind')
    const id = Number(c.req.param('id'))
    if (!isKind(kind)) return c.notFound()
    const view = candidateView(c.var.site, c.var.user!.id)
    const index = view.records[kind].findIndex((r) => r.id === id)
    if (index < 0) return c.notFound()
    return c.html(recordEditPage(pageCtx(c), kind, id, view.candidate as unknown as Record<string, unknown>, [], index))
  })
  app.post('/info/:kind/:id', async (c) => {
    const kind = c.req.param('kind')
    const id = Number(c.req.param('id'))
    if (!isKind(kind)) return c.notFound()
    const body = await formBody(c)
    const refused = await orRerender(c, () => saveRecord(c.var.site, c.var.user!.id, kind, id, body), (errors) => recordEditPage(pageCtx(c), kind, id, body, errors, editIndex(c, kind, id)))
    return refused ?? c.redirect(`/info?ok=saved#g-${kind}`, 303)
  })
  app.post('/info/:kind/:id/delete', async (c) => {
    const id = Number(c.req.param('id'))
    const refused = await orRerender(c, () => deleteRecord(c.var.site, c.var.user!.id, id), (errors) => showInfo(c, { group: 'page', errors }))
    return refused ?? c.redirect('/info?ok=deleted', 303)
  })

  // The candidate's own photo: files live outside any served folder and are read through this route.
  app.get('/files/photo', (c) => {
    if (!c.var.user) return c.text('请先登录。', 401)
    const fileId = c.var.site.candidates.photoFile(c.var.user.id)
    if (!fileId) return c.notFound()
    return sendFile(c, c.var.site.files.read(fileId), c.var.site.files.meta(fileId)?.format ?? 'jpeg', 'photo')
  })
  return app
}
