import { z } from 'zod'
import type { Ctx } from './rule.ts'

/** Formats as decided from a file's bytes, not its name or declared type. */
export const FILE_FORMATS = ['jpeg', 'png', 'gif', 'bmp', 'webp', 'pdf', 'text', 'empty', 'unknown'] as const

/** One image sent to the materials portal's upload dialog. */
export const UploadAttempt = z.object({
  /** Material ID from the materials list (MATERIALS). */
  material: z.string(),
  fileName: z.string(),
  /** MIME type the browser declared. */
  declaredType: z.string(),
  /** Format decided from the file's content. */
  format: z.enum(FILE_FORMATS),
  /** The file decodes as an image of that format (false: truncated or corrupt). */
  decodes: z.boolean(),
  bytes: z.number().int(),
  /** Images already stored for this material. */
  imagesBefore: z.number().int(),
  /** The material is unlocked for the candidate. */
  unlocked: z.boolean(),
})
export type UploadAttempt = z.infer<typeof UploadAttempt>

/** Valid uploads to change in boundary cases, by name. */
export const UPLOAD_BASES: Record<string, UploadAttempt> = {
  default: {
    material: 'diploma', fileName: '毕业证书.jpg', declaredType: 'image/jpeg', format: 'jpeg', decodes: true,
    bytes: 100 * 1024, imagesBefore: 0, unlocked: true,
  },
  identity: {
    material: 'identity', fileName: '身份证正面.jpg', declaredType: 'image/jpeg', format: 'jpeg', decodes: true,
    bytes: 100 * 1024, imagesBefore: 0, unlocked: true,
  },
}

export function uploadBase(name: string | undefined, _ctx: Ctx): UploadAttempt {
  const base = UPLOAD_BASES[name ?? 'default']
  if (!base) throw new Error(`unknown upload base "${name}": use one of ${Object.keys(UPLOAD_BASES).join(', ')}`)
  return structuredClone(base)
}
