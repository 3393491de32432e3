import { describe, expect, it } from 'vitest'
import { negotiateCoding } from './compression'

describe('negotiateCoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['identity', 'identity'],
    [undefined, 'identity'],
  ])('%j → %s', (header, coding) => expect(negotiateCoding(header)).toBe(coding))
})
