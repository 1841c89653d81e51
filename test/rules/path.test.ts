import { describe, expect, it } from 'vitest'
import { changedPaths, getPath, withPath } from '../../src/rules/path.ts'

describe('changedPaths', () => {
  const base = { name: '张伟', work: { unit: '协和', months: 12 }, education: [{ level: '本科', degree: '学士' }, { level: '硕士', degree: '硕士' }] }

  it('is empty for equal values, including a deep copy', () => {
    expect(changedPaths(base, structuredClone(base))).toEqual([])
  })

  it('names each changed leaf by its dot path', () => {
    const b = withPath(withPath(base, 'education.1.degree', '无'), 'work.months', 13)
    expect(changedPaths(base, b).sort()).toEqual(['education.1.degree', 'work.months'])
    expect(getPath(b, 'education.1.degree')).toBe('无')
  })

  it('counts a key or record present on one side only at its own path', () => {
    expect(changedPaths(base, { ...base, email: 'a@b.cn' })).toEqual(['email'])
    expect(changedPaths(base, { ...base, education: [base.education[0]] })).toEqual(['education.1'])
  })

  it('counts a change of kind (object to null, array to object, number to string)', () => {
    expect(changedPaths(base, { ...base, work: null })).toEqual(['work'])
    expect(changedPaths({ x: [1] }, { x: { 0: 1 } })).toEqual(['x'])
    expect(changedPaths({ n: 1 }, { n: '1' })).toEqual(['n'])
  })

  it('tells NaN equal to itself and a top-level change by the empty path', () => {
    expect(changedPaths({ n: Number.NaN }, { n: Number.NaN })).toEqual([])
    expect(changedPaths(1, 2)).toEqual([''])
  })
})
