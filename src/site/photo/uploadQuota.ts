import type { SiteContext } from '../siteContext.ts'
import { Refusal } from '../validation/fieldError.ts'

/** What one account may store in all (photo and every material image): far over any honest candidate's need. */
export const UPLOAD_QUOTA_BYTES = 20 * 1024 * 1024

/** Refuses (413) an upload that would take the user's stored files over the quota. */
export function refuseOverQuota(site: SiteContext, userId: number, addedBytes: number, path: string): void {
  if (site.files.bytesOf(userId) + addedBytes > UPLOAD_QUOTA_BYTES) {
    throw Refusal.of('upload-quota', `上传文件总量已达上限（${UPLOAD_QUOTA_BYTES / 1024 / 1024} MB），请删除不需要的图片后再上传。`, 413, path)
  }
}
