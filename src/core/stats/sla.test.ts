import { describe, expect, it } from 'vitest'
import { DEFAULT_CREDIT_TIERS, assertValidSla, evaluateSla, figureVerdict } from './sla'
import { verdictWords } from './verdict-words'

describe('evaluateSla', () => {
  it.each([
    [99.95, 'met', 0],
    [99.9, 'met', 0],
    [99.89999999999999, 'met', 0],
    [99.5, 'breached', 10],
    [99.0, 'breached', 10],
    [98.99, 'breached', 25],
    [95.0, 'breached', 25],
    [90, 'breached', 100],
  ] as const)('gives %s %% against 99.9: %s, %s %% credit', (uptime, status, credit) => {
    const verdict = evaluateSla(uptime, 99.9, DEFAULT_CREDIT_TIERS)
    expect(verdict.status).toBe(status)
    expect(verdict.creditPercent).toBe(credit)
  })

  it('picks the most severe tier whatever the table order', () => {
    const tiers = [
      { below: 95, creditPercent: 50 },
      { below: 99.5, creditPercent: 5 },
    ]
    expect(evaluateSla(94, 99.5, tiers).creditTier).toEqual({ below: 95, creditPercent: 50 })
    expect(evaluateSla(99, 99.5, tiers).creditTier).toEqual({ below: 99.5, creditPercent: 5 })
    expect(evaluateSla(99.7, 99.5, tiers).creditTier).toBeNull()
  })

  it('has no verdict without an uptime', () => {
    expect(evaluateSla(null, 99.9, DEFAULT_CREDIT_TIERS)).toEqual({
      target: 99.9,
      status: 'no_data',
      creditPercent: 0,
      creditTier: null,
      coveredFraction: null,
    })
  })

  it('gives no verdict or credit below the coverage threshold, and judges at or above it', () => {
    const policy = { target: 99.9, creditTiers: DEFAULT_CREDIT_TIERS, minCoverage: 90 }
    const thin = figureVerdict(99.0, 0.106, policy)
    expect(thin).toMatchObject({ status: 'insufficient_data', creditPercent: 0 })
    expect(verdictWords(thin)).toBe('insufficient data (covers 10.6 %)')
    const enough = figureVerdict(99.0, 0.9, policy)
    expect(enough).toMatchObject({ status: 'breached', creditPercent: 10, coveredFraction: 0.9 })
    expect(verdictWords(enough)).toBe('breached (credit 10 %)')
    expect(figureVerdict(99.95, null, policy).status).toBe('met')
    expect(figureVerdict(99.95, 0, policy).status).toBe('no_data')
    expect(figureVerdict(99.0, 0.5, { ...policy, minCoverage: 50 }).status).toBe('breached')
  })

  it('rejects targets and tiers outside 0–100', () => {
    expect(() => assertValidSla(0, [])).toThrow(RangeError)
    expect(() => assertValidSla(100.1, [])).toThrow(RangeError)
    expect(() => assertValidSla(99.9, [{ below: 99, creditPercent: 120 }])).toThrow(RangeError)
    expect(() => assertValidSla(100, DEFAULT_CREDIT_TIERS)).not.toThrow()
  })
})

describe('credits and targets', () => {
  it('owes no credit when the target is met, even below a default tier', () => {
    expect(evaluateSla(99.893, 99.5, DEFAULT_CREDIT_TIERS)).toMatchObject({
      status: 'met',
      creditPercent: 0,
      creditTier: null,
    })
  })

  it('owes the tier of a breach', () => {
    expect(evaluateSla(99.4, 99.5, DEFAULT_CREDIT_TIERS)).toMatchObject({
      status: 'breached',
      creditPercent: 10,
    })
  })
})
