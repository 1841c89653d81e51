// How a site (the reference site among them) recognises a photo saved by 医考报名照片检测工具 (seeds 001, 003): the tool
// is modelled as writing a JPEG comment (COM, 0xFFFE) segment holding this text. The real tool's
// marker is not public; generators and fixtures call markPhoto to produce "checked" photos.

/** Text of the comment segment the photo-check tool writes. */
export const PHOTO_TOOL_MARK = 'YKBM-PHOTO-CHECK:PASSED'

/** Bytes the mark adds to a JPEG (the segment's marker, length and text). */
export const PHOTO_TOOL_MARK_BYTES = 4 + new TextEncoder().encode(PHOTO_TOOL_MARK).length

/** A copy of a JPEG with the tool's comment segment inserted after SOI. */
export function markPhoto(jpeg: Uint8Array): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG')
  const text = new TextEncoder().encode(PHOTO_TOOL_MARK)
  const seg = new Uint8Array(4 + text.length)
  seg.set([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff])
  seg.set(text, 4)
  const out = new Uint8Array(jpeg.length + seg.length)
  out.set(jpeg.subarray(0, 2))
  out.set(seg, 2)
  out.set(jpeg.subarray(2), 2 + seg.length)
  return out
}

/** Whether a JPEG carries the tool's comment segment (scans the header segments up to SOS). */
export function hasToolMark(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false
  const want = new TextEncoder().encode(PHOTO_TOOL_MARK)
  for (let i = 2; i + 4 <= bytes.length && bytes[i] === 0xff;) {
    const marker = bytes[i + 1]!
    const len = (bytes[i + 2]! << 8) | bytes[i + 3]!
    if (marker === 0xda) return false
    if (marker === 0xfe && len - 2 === want.length && want.every((b, k) => bytes[i + 4 + k] === b)) return true
    i += 2 + len
  }
  return false
}
