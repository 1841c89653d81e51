// A worker thread of src/site/photo/decodeImage.ts: decodes one JPEG or PNG at a time with the same
// decoders the site used on its event loop (jpeg-js, pngjs) and answers the size and the top row of
// pixels, or null when the image does not decode. Plain JavaScript, so it runs the same under tsx,
// vitest and the built CLI.
import { parentPort } from 'node:worker_threads'
import jpeg from 'jpeg-js'
import pngjs from 'pngjs'

parentPort.on('message', ({ id, bytes, format, jpegOptions }) => {
  let image = null
  try {
    if (format === 'jpeg') image = jpeg.decode(bytes, { ...jpegOptions, useTArray: true })
    else if (format === 'png') image = pngjs.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } catch {
    image = null
  }
  const top = image ? new Uint8Array(image.data.subarray(0, image.width * 4)) : null
  parentPort.postMessage({ id, image: image && { width: image.width, height: image.height, top } }, top ? [top.buffer] : [])
})
