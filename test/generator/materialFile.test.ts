import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { materialFile } from '../../src/generator/images/materialFile.ts'

// Real, decodable images at the exact size a test asks for (the cap, the cap + 1) and the hostile
// files a portal must refuse.
const decode = (data: Buffer, format: string) => (format === 'png' ? PNG.sync.read(data) : jpeg.decode(data, { maxMemoryUsageInMB: 512 }))

describe('materialFile', () => {
  it.each([
    { material: 'photo', bytes: 30 * 1024, format: 'jpeg' as const },
    { material: 'photo', bytes: 30 * 1024 + 1, format: 'jpeg' as const },
    { material: 'photo', bytes: 40 * 1024, format: 'jpeg' as const },
    { material: 'diploma', bytes: 200 * 1024, format: 'jpeg' as const, name: '张伟' },
    { material: 'diploma', bytes: 200 * 1024 + 1, format: 'jpeg' as const, name: '买买提.艾力' },
    { material: 'identity', bytes: 100 * 1024 + 7, format: 'png' as const, name: '王?' },
    { material: 'identity', bytes: 500 * 1024 + 1, format: 'png' as const },
  ])('$material $format of exactly $bytes bytes decodes', (o) => {
    const f = materialFile(o)
    expect(f.data.length).toBe(o.bytes)
    const img = decode(f.data, o.format)
    expect([img.width, img.height]).toEqual([f.width, f.height])
    expect(f.fileName.endsWith(o.format === 'png' ? '.png' : '.jpg')).toBe(true)
  })

  it('ID photos are small 2-inch (33×48 mm) on white', () => {
    const f = materialFile({ material: 'photo', bytes: 20000 })
    const img = jpeg.decode(f.data)
    expect(img.width / img.height).toBeCloseTo(33 / 48, 2)
    const corner = [img.data[0], img.data[1], img.data[2]]
    expect(Math.min(...corner.map(Number))).toBeGreaterThan(245)
  })

  it('same options, same bytes', () => {
    expect(materialFile({ material: 'diploma', bytes: 150000, name: '李雷' }).data.equals(materialFile({ material: 'diploma', bytes: 150000, name: '李雷' }).data)).toBe(true)
  })

  it.each([
    { hostile: 'png-as-jpg' as const, bytes: 60000, format: 'png', decodes: true },
    { hostile: 'text-as-jpg' as const, bytes: 1000, format: 'text', decodes: false },
    { hostile: 'truncated-jpeg' as const, bytes: 5000, format: 'jpeg', decodes: false },
    { hostile: 'empty' as const, bytes: 0, format: 'empty', decodes: false },
    { hostile: 'oversized' as const, bytes: 3 * 1024 * 1024, format: 'jpeg', decodes: true },
  ])('hostile file $hostile', (o) => {
    const f = materialFile({ material: 'identity', bytes: o.bytes, hostile: o.hostile })
    expect(f.fileName).toBe('identity.jpg')
    expect(f.data.length).toBe(o.bytes)
    expect([f.format, f.decodes]).toEqual([o.format, o.decodes])
    if (o.format === 'png') expect(PNG.sync.read(f.data).width).toBeGreaterThan(0)
    if (o.hostile === 'truncated-jpeg') expect(() => jpeg.decode(f.data)).toThrow()
    if (o.hostile === 'text-as-jpg') expect(f.data.subarray(0, 2).equals(Buffer.from([0xff, 0xd8]))).toBe(false)
  })

  it('says how small a JPEG can be when asked for less', () => {
    expect(() => materialFile({ material: 'photo', bytes: 500 })).toThrow(/at least \d+ bytes/)
  })
})
