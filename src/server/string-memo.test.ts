import { describe, expect, it } from 'vitest'
import { memoizeString } from './string-memo'

describe('memoizeString', () => {
  it('computes each input once while it is remembered', () => {
    const seen: string[] = []
    const upper = memoizeString((input) => (seen.push(input), input.toUpperCase()))
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A'])
    expect(seen).toEqual(['a', 'b'])
  })

  it('forgets everything once it holds max results, so memory stays bounded', () => {
    const seen: string[] = []
    const length = memoizeString((input) => (seen.push(input), input.length), 2)
    for (const input of ['a', 'bb', 'ccc', 'a']) length(input)
    expect(seen).toEqual(['a', 'bb', 'ccc', 'a'])
  })

  it('remembers no throw: a refused input is checked again each time', () => {
    let calls = 0
    const refuse = memoizeString((input): string => {
      calls += 1
      throw new Error(input)
    })
    expect(() => refuse('x')).toThrow('x')
    expect(() => refuse('x')).toThrow('x')
    expect(calls).toBe(2)
  })
})
