import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rate-limiter'

describe('createRateLimiter', () => {
  it('allows a burst, then asks to wait until a token is back, per client', () => {
    let clock = 0
    const limiter = createRateLimiter({ capacity: 3, refillPerMinute: 6 }, () => clock)
    expect([1, 2, 3].map(() => limiter.take('10.0.0.1'))).toEqual([0, 0, 0])
    expect(limiter.take('10.0.0.1')).toBe(10)
    expect(limiter.take('10.0.0.2')).toBe(0)
    clock += 10_000
    expect(limiter.take('10.0.0.1')).toBe(0)
    expect(limiter.take('10.0.0.1')).toBe(10)
  })

  it('charges a cost at once', () => {
    const limiter = createRateLimiter({ capacity: 5, refillPerMinute: 60 }, () => 0)
    expect(limiter.take('a', 5)).toBe(0)
    expect(limiter.take('a', 5)).toBe(5)
  })
})
