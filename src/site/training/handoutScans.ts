import { drawMaterial } from '../../generator/images/documentImage.ts'
import { materialsFor } from '../../rules/materials.ts'
import { candidateView } from '../actions/candidateView.ts'
import { ruleParams } from '../lifecycle/ruleApplies.ts'
import { encodeJpeg, encodeJpegWithin } from '../photo/imageCodec.ts'
import type { SiteContext } from '../siteContext.ts'
import { loginOf } from './createClass.ts'
import { overcapMaterial } from './scenarios.ts'

/** The scans a trainee's login sheet offers for the 图片超过大小上限 scenario. */
export type HandoutScan = 'overcap' | 'fits'

// Scanner widths of an A4 page at 150, 200 and 300 dpi, at a scanner's usual quality: the first file over the cap is the over-cap scan.
const SCAN_WIDTHS = [1240, 1654, 2480]
const SCAN_QUALITY = 92
// The within-cap scan: the width the exercises draw at, at the best quality that fits.
const FIT_WIDTH = 480

/**
 * A scan of the material the trainee's over-cap candidate still has to upload, drawn by the generator from
 * that candidate's own facts (Chinese text, as the exercises' images): `overcap` is larger than the portal's
 * cap, `fits` within it. JPEG, encoded off the event loop. Null when the trainee or the candidate is unknown.
 */
export async function handoutScan(site: SiteContext, code: string, which: HandoutScan): Promise<{ data: Buffer; material: string } | null> {
  const user = site.users.byUsername(loginOf(code, 'overcap'))
  if (!user || user.trainee !== code) return null
  const { candidate } = candidateView(site, user.id, site.applications.active(user.id))
  const material = overcapMaterial((materialsFor(candidate, site.profile.id) ?? []).filter((m) => m.required))
  if (!material) return null
  const cap = (ruleParams<{ maxKB: number }>(site, 'MATERIAL-IMAGE-SIZE')?.maxKB ?? 200) * site.profile.kbBytes
  const draw = (width: number) => drawMaterial(material, candidate, width, { today: site.ruleCtx().refDate })
  if (which === 'overcap') {
    for (const width of SCAN_WIDTHS) {
      const data = await encodeJpeg(draw(width), SCAN_QUALITY)
      if (data.length > cap) return { data, material }
    }
    throw new Error(`a ${SCAN_WIDTHS.at(-1)}-wide scan of ${material} stays under ${cap} bytes`)
  }
  const data = await encodeJpegWithin(draw(FIT_WIDTH), cap)
  if (data) return { data, material }
  throw new Error(`a ${FIT_WIDTH}-wide scan of ${material} does not fit in ${cap} bytes`)
}
