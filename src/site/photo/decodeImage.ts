import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { PACKAGE_ROOT } from '../../packageRoot.ts'

/** What decoding an uploaded image tells: its size and its top row of pixels (RGBA), the part the site reads. */
export interface DecodedImage { width: number; height: number; top: Uint8Array }

/** jpeg-js's limits for one decode (the worker always asks for typed arrays). */
export interface JpegOptions { maxMemoryUsageInMB: number; maxResolutionInMP: number; tolerantDecoding?: boolean }

// Decoding a JPEG or PNG in JavaScript takes milliseconds to a second (12 MP): done on the event loop it
// stalls every other request, so it runs in a pool of two worker threads (the site's machines have two
// cores or more). Only images whose header passed the pixel budget are sent.
const POOL_SIZE = 2
const WORKER_FILE = join(PACKAGE_ROOT, 'src/site/photo/decodeWorker.mjs')

interface Task { id: number; bytes: Uint8Array; format: 'jpeg' | 'png'; jpegOptions: JpegOptions; resolve(d: DecodedImage | null): void }
interface Slot { worker: Worker; task: Task | null }

const slots: Slot[] = []
const queue: Task[] = []
let nextId = 1

/**
 * Decodes a JPEG or PNG in a worker thread, never on the event loop; null when it does not decode
 * (corrupt, truncated, over jpeg-js's limits, or the worker died on it).
 */
export function decodeImage(bytes: Uint8Array, format: 'jpeg' | 'png', jpegOptions: JpegOptions): Promise<DecodedImage | null> {
  return new Promise((resolve) => {
    // A copy of just these bytes is moved to the worker (a Buffer may share its memory with the caller or a pool).
    queue.push({ id: nextId++, bytes: new Uint8Array(bytes), format, jpegOptions, resolve })
    dispatch()
  })
}

function dispatch(): void {
  while (queue.length) {
    const slot = slots.find((s) => !s.task) ?? (slots.length < POOL_SIZE ? spawn() : null)
    if (!slot) return
    const task = queue.shift()!
    slot.task = task
    slot.worker.ref() // a decode in flight keeps the process alive; an idle pool does not
    slot.worker.postMessage({ id: task.id, bytes: task.bytes, format: task.format, jpegOptions: task.jpegOptions }, [task.bytes.buffer as ArrayBuffer])
  }
}

function spawn(): Slot {
  const slot: Slot = { worker: new Worker(WORKER_FILE), task: null }
  slot.worker.unref()
  slot.worker.on('message', (m: { id: number; image: DecodedImage | null }) => {
    const task = slot.task
    slot.task = null
    slot.worker.unref()
    if (task?.id === m.id) task.resolve(m.image)
    dispatch()
  })
  // A worker that dies (out of memory on a hostile image) fails its one image and is replaced.
  const fail = (why: unknown) => {
    const i = slots.indexOf(slot)
    if (i < 0) return
    slots.splice(i, 1)
    if (why) console.error('图片解码线程异常退出：', why)
    slot.task?.resolve(null)
    slot.task = null
    dispatch()
  }
  slot.worker.on('error', fail)
  slot.worker.on('exit', (code) => fail(code ? `exit code ${code}` : null))
  slots.push(slot)
  return slot
}
