import { describe, expect, it, vi } from 'vitest'
import { createMemo, createMemoCache } from './memo'

describe('createMemoCache', () => {
  it('computes a value once and returns the same value for the same key', () => {
    const cache = createMemoCache<{ n: number }>({ limit: 2 })
    const compute = vi.fn(() => ({ n: 1 }))
    const first = cache.get('a', compute)
    expect(cache.get('a', compute)).toBe(first)
    expect(compute).toHaveBeenCalledTimes(1)
  })

  it('compares keys that are not strings by their JSON text', () => {
    const cache = createMemoCache<number>({ limit: 2 })
    const compute = vi.fn(() => 1)
    cache.get(['2025-01-01', { weights: [1, 0.5] }], compute)
    cache.get(['2025-01-01', { weights: [1, 0.5] }], compute)
    expect(compute).toHaveBeenCalledTimes(1)
  })

  it('remembers undefined results too', () => {
    const cache = createMemoCache<undefined>({ limit: 1 })
    const compute = vi.fn(() => undefined)
    cache.get('a', compute)
    cache.get('a', compute)
    expect(compute).toHaveBeenCalledTimes(1)
  })

  it('forgets the least recently used key when the limit is passed', () => {
    const cache = createMemoCache<string>({ limit: 2 })
    const compute = vi.fn((key: string) => key.toUpperCase())
    cache.get('a', () => compute('a'))
    cache.get('b', () => compute('b'))
    cache.get('a', () => compute('a'))
    cache.get('c', () => compute('c'))
    expect(compute).toHaveBeenCalledTimes(3)
    cache.get('a', () => compute('a'))
    expect(compute).toHaveBeenCalledTimes(3)
    cache.get('b', () => compute('b'))
    expect(compute).toHaveBeenCalledTimes(4)
  })

  it('remembers nothing when a computation throws, so the same key computes again', () => {
    const cache = createMemoCache<string>({ limit: 2 })
    cache.get('a', () => 'A')
    expect(() =>
      cache.get('b', () => {
        throw new Error('broken')
      }),
    ).toThrow('broken')
    expect(cache.get('b', () => 'B')).toBe('B')
    expect(cache.get('a', () => 'again')).toBe('A')
  })

  it('with a limit of 1 keeps only the latest key', () => {
    const cache = createMemoCache<string>({ limit: 1 })
    const compute = vi.fn((key: string) => key)
    cache.get('a', () => compute('a'))
    cache.get('b', () => compute('b'))
    cache.get('b', () => compute('b'))
    cache.get('a', () => compute('a'))
    expect(compute.mock.calls.map(([key]) => key)).toEqual(['a', 'b', 'a'])
  })

  it('keeps entries per owner, each owner with its own limit', () => {
    const cache = createMemoCache<string>({ limit: 1 })
    const [first, second] = [[1], [2]]
    const compute = vi.fn((tag: string) => tag)
    cache.get('k', () => compute('first'), first)
    cache.get('k', () => compute('second'), second)
    expect(cache.get('k', () => compute('again'), first)).toBe('first')
    expect(cache.get('k', () => compute('again'), second)).toBe('second')
    expect(compute).toHaveBeenCalledTimes(2)
  })

  it('tells an owner apart by identity, not by content', () => {
    const cache = createMemoCache<string>({ limit: 1 })
    cache.get('k', () => 'old', [1, 2])
    expect(cache.get('k', () => 'new', [1, 2])).toBe('new')
  })

  it('peeks at a remembered value without computing one', () => {
    const cache = createMemoCache<string>({ limit: 2 })
    const owner = [1]
    expect(cache.peek('k', owner)).toBeUndefined()
    cache.get('k', () => 'value', owner)
    expect(cache.peek('k', owner)).toBe('value')
    expect(cache.peek('k')).toBeUndefined()
    expect(cache.peek('other', owner)).toBeUndefined()
  })

  it('refuses a limit below 1', () => {
    expect(() => createMemoCache({ limit: 0 })).toThrow(RangeError)
  })
})

describe('createMemo', () => {
  it('returns the remembered result while owner and key stay the same', () => {
    const compute = vi.fn((list: readonly number[], factor: number) => list.map((n) => n * factor))
    const scaled = createMemo(compute, {
      limit: 4,
      owner: (list) => list,
      key: (_list, factor) => factor,
    })
    const list = [1, 2, 3]
    const doubled = scaled(list, 2)
    expect(scaled(list, 2)).toBe(doubled)
    expect(scaled(list, 3)).toEqual([3, 6, 9])
    expect(scaled([1, 2, 3], 2)).not.toBe(doubled)
    expect(compute).toHaveBeenCalledTimes(3)
  })

  it('without an owner keys every call by its key alone', () => {
    const compute = vi.fn((zone: string) => ({ zone }))
    const formatter = createMemo(compute, { limit: 8, key: (zone) => zone })
    expect(formatter('UTC')).toBe(formatter('UTC'))
    expect(formatter('Europe/Stockholm').zone).toBe('Europe/Stockholm')
    expect(compute).toHaveBeenCalledTimes(2)
  })
})
