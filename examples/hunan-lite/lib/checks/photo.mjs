// 证件照 (seed 004 第六步 填写规范 1: 小2寸白底证件照,文件小于40kb,格式jpg).
const LIMIT = 40 * 1024

/** Width and height from a JPEG's SOF segment; null when the bytes are not a JPEG. */
export function jpegSize(buf) {
  if (buf.length < 4 || buf[0] !== 0xff || buf[1] !== 0xd8 || buf[2] !== 0xff) return null
  let i = 2
  while (i + 9 < buf.length) {
    if (buf[i] !== 0xff) return null
    const marker = buf[i + 1]
    if (marker === 0xff) { i++; continue }
    const length = buf.readUInt16BE(i + 2)
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) }
    }
    i += 2 + length
  }
  return null
}

/** The problem with an uploaded photo, or null; on success the size facts of the file. */
export function photoProblem(fileName, buf) {
  if (!buf || buf.length === 0) return { problem: '请上传照片文件' }
  if (!/^.+\.(jpe?g)$/i.test(fileName)) return { problem: '照片文件须为 .jpg 文件' }
  const size = jpegSize(buf)
  if (!size) return { problem: '照片格式只能为 jpg' }
  if (buf.length > LIMIT) return { problem: '照片文件须小于40KB，请压缩后重新上传' }
  const ratio = size.height / size.width
  if (Math.abs(ratio / (48 / 33) - 1) > 0.02) return { problem: `照片应为小2寸（33×48毫米）竖版证件照，当前 ${size.width}×${size.height} 像素比例不符` }
  return { problem: null, ...size, bytes: buf.length }
}
