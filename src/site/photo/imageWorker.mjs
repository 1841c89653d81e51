// A worker thread of src/site/photo/imagePool.ts, one image at a time, with the decoders the site used on its
// event loop (jpeg-js, pngjs). decode: the size and the top row of pixels, or null when the image does not
// decode. encode: a JPEG of an RGBA raster at a quality. Plain JavaScript, so it runs the same under tsx,
// vitest and the built CLI.
import { parentPort } from 'node:worker_threads'
import jpeg from 'jpeg-js'
import pngjs from 'pngjs'

function decode({ bytes, format, jpegOptions }) {
  let image = null
  try {
    if (format === 'jpeg') image = jpeg.decode(bytes, { ...jpegOptions, useTArray: true })
    else if (format === 'png') image = pngjs.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } catch {
    image = null
  }
  const top = image ? new Uint8Array(image.data.subarray(0, image.width * 4)) : null
  return [image && { width: image.width, height: image.height, top }, top ? [top.buffer] : []]
}

function encode({ width, height, data, quality }) {
  const out = new Uint8Array(jpeg.encode({ width, height, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) }, quality).data)
  return [out, [out.buffer]]
}

parentPort.on('message', (task) => {
  const [result, transfer] = task.op === 'encode' ? encode(task) : decode(task)
  parentPort.postMessage({ id: task.id, result }, transfer)
})
