import jpeg from 'jpeg-js'
import { markPhoto } from '../../generator/images/toolMark.ts'

/** A small white-background JPEG (390×567, 小2寸) with the photo-check tool's mark, for demo and tests. */
export function demoPhoto(quality = 40): Uint8Array {
  const width = 390
  const height = 567
  const data = Buffer.alloc(width * height * 4, 255)
  // A grey head-and-shoulders block, so the picture is not blank; the top rows stay white.
  for (let y = 150; y < height; y++) for (let x = 110; x < 280; x++) data.fill(120, (y * width + x) * 4, (y * width + x) * 4 + 3)
  return markPhoto(jpeg.encode({ width, height, data }, quality).data)
}
