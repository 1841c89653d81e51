import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { PACKAGE_ROOT } from '../../packageRoot.ts'

/** What decoding an uploaded image tells: its size and its top row of pixels (RGBA), the part the site reads. */
export interface DecodedImage { width: number; height: number; top: Uint8Array }

/** jpeg-js's limits for one decode (the worker always asks for typed arrays). */
export interface JpegOptions { maxMemoryUsageInMB: number; maxResolutionInMP: number; tolerantDecoding?: boolean }

// Decoding or encoding a JPEG or PNG in JavaScript takes milliseconds to a second (12 MP): done on the
// event loop it stalls every other request, so it runs in a pool of two worker threads (the site's
// machines have two cores or more). Only images whose header passed the pixel budget are decoded.
const POOL_SIZE = 2
const WORKER_FILE = join(PACKAGE_ROOT, 'src/site/photo/imageWorker.mjs')

type Message = { op: 'decode'; bytes: Uint8Array; format: 'jpeg' | 'png'; jpegOptions: JpegOptions }
  | { op: 'encode'; width: number; height: number; data: Uint8Array; quality: number }
interface Task { id: number; message: Message; resolve(result: unknown): void }
interface Slot { worker: Worker; task: Task | null }

const slots: Slot[] = []
const queue: Task[] = []
let nextId = 1

/**
 * Decodes a JPEG or PNG in a worker thread, never on the event loop; null when it does not decode
 * (corrupt, truncated, over jpeg-js's limits, or the worker died on it).
 */
export function decodeImage(bytes: Uint8Array, format: 'jpeg' | 'png', jpegOptions: JpegOptions): Promise<DecodedImage | null> {
  // A copy of just these bytes is moved to the worker (a Buffer may share its memory with the caller or a pool).
  return run({ op: 'decode', bytes: new Uint8Array(bytes), format, jpegOptions }) as Promise<DecodedImage | null>
}

/** Encodes an RGBA raster as a JPEG at `quality` (1-100) in a worker thread. */
export async function encodeJpeg(r: { width: number; height: number; data: Uint8Array }, quality: number): Promise<Buffer> {
  const out = await run({ op: 'encode', width: r.width, height: r.height, data: new Uint8Array(r.data), quality }) as Uint8Array | null
  if (!out) throw new Error(`图片编码失败（${r.width}×${r.height}）`)
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength)
}

function run(message: Message): Promise<unknown> {
  return new Promise((resolve) => {
    queue.push({ id: nextId++, message, resolve })
    dispatch()
  })
}

function dispatch(): void {
  while (queue.length) {
    const slot = slots.find((s) => !s.task) ?? (slots.length < POOL_SIZE ? spawn() : null)
    if (!slot) return
    const task = queue.shift()!
    slot.task = task
    slot.worker.ref() // a task in flight keeps the process alive; an idle pool does not
    const moved = task.message.op === 'decode' ? task.message.bytes : task.message.data
    slot.worker.postMessage({ id: task.id, ...task.message }, [moved.buffer as ArrayBuffer])
  }
}

function spawn(): Slot {
  const slot: Slot = { worker: new Worker(WORKER_FILE), task: null }
  slot.worker.unref()
  slot.worker.on('message', (m: { id: number; result: unknown }) => {
    const task = slot.task
    slot.task = null
    slot.worker.unref()
    if (task?.id === m.id) task.resolve(m.result)
    dispatch()
  })
  // A worker that dies (out of memory on a hostile image) fails its one task and is replaced.
  const fail = (why: unknown) => {
    const i = slots.indexOf(slot)
    if (i < 0) return
    slots.splice(i, 1)
    if (why) console.error('图片处理线程异常退出：', why)
    slot.task?.resolve(null)
    slot.task = null
    dispatch()
  }
  slot.worker.on('error', fail)
  slot.worker.on('exit', (code) => fail(code ? `exit code ${code}` : null))
  slots.push(slot)
  return slot
}
