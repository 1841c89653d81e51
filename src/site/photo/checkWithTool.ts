import { candidateExample } from '../../rules/examples.ts'
import { beijing } from '../clock.ts'
import type { SiteContext } from '../siteContext.ts'
import { Refusal } from '../validation/fieldError.ts'
import { validateCandidate } from '../validation/validateCandidate.ts'
import { inspectPhoto } from './inspectPhoto.ts'
import { hasToolMark, markPhoto } from '../../generator/images/toolMark.ts'

/**
 * The simulated 医考报名照片检测工具: checks a photo against the profile's photo rules as the site
 * will judge it once saved (marked), and hands back the saved copy; a photo that fails is refused
 * with the rules' own messages, as the real tool refuses to save it.
 */
export async function checkWithTool(site: SiteContext, bytes: Uint8Array, fileName: string): Promise<Uint8Array> {
  if (bytes.length === 0) throw Refusal.of('file-missing', '请选择要检测的照片文件。', 422, 'photo')
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw Refusal.of('not-jpeg', '照片检测工具只处理jpg格式的照片，请选择jpg文件。', 422, 'photo')
  const saved = hasToolMark(bytes) ? bytes : markPhoto(bytes)
  const photo = await inspectPhoto(saved, fileName, beijing(site.clock.now()).date)
  const ctx = site.ruleCtx()
  const errors = validateCandidate({ ...candidateExample('fresh-graduate', ctx), photo }, { fields: ['photo'], stages: [] }, ctx, site.rules)
  if (errors.length) throw new Refusal(errors.map((e) => ({ ...e, path: 'photo' })), 422)
  return saved
}
