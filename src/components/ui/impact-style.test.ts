import { describe, expect, it } from 'vitest'
import { HEATMAP_STEP_COLORS, IMPACT_COLORS, NO_DATA_COLOR } from './impact-style'

// Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB.
const SIMULATIONS = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
} as const

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((c) => linear(c / 255)) as [
    number,
    number,
    number,
  ]
}

/** CIE L*a*b* (D65) of a linear RGB colour, clamped to the gamut. */
function lab([r, g, b]: readonly number[]): [number, number, number] {
  const [R, G, B] = [r, g, b].map((c) => Math.min(1, Math.max(0, c ?? 0))) as [
    number,
    number,
    number,
  ]
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

function simulate(hex: string, matrix: readonly (readonly number[])[]): [number, number, number] {
  const colour = rgb(hex)
  return lab(matrix.map((row) => row.reduce((sum, k, i) => sum + k * (colour[i] ?? 0), 0)))
}

const deltaE = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)))

/** The smallest ΔE*76 between any two of the colours under each simulation. */
function closestPairs(colours: Record<string, string>) {
  return Object.entries(SIMULATIONS).map(([name, matrix]) => {
    const entries = Object.entries(colours)
    let closest = { deltaE: Infinity, pair: '' }
    entries.forEach(([a, ca], i) =>
      entries.slice(i + 1).forEach(([b, cb]) => {
        const d = deltaE(simulate(ca, matrix), simulate(cb, matrix))
        if (d < closest.deltaE) closest = { deltaE: d, pair: `${a}/${b}` }
      }),
    )
    return { name, ...closest }
  })
}

// ΔE*76 of 15 is well past "clearly different at a glance" (about 5–10) for small marks.
const MIN_DELTA_E = 15

describe('the level palette under colour-vision deficiency', () => {
  it('keeps the five levels, maintenance, operational and no data apart for every viewer', () => {
    for (const result of closestPairs({ ...IMPACT_COLORS, noData: NO_DATA_COLOR })) {
      expect(result.deltaE, `${result.name}: ${result.pair}`).toBeGreaterThanOrEqual(MIN_DELTA_E)
    }
  })

  it('keeps every heatmap step apart, "no incident" and "incident, 0 weighted min" included', () => {
    const steps = Object.fromEntries(HEATMAP_STEP_COLORS.map((colour, i) => [`step${i}`, colour]))
    for (const result of closestPairs(steps)) {
      expect(result.deltaE, `${result.name}: ${result.pair}`).toBeGreaterThanOrEqual(MIN_DELTA_E)
    }
  })

  it('finds the old partial-outage and degraded oranges too close, so the check can fail', () => {
    const [, deuteranopia] = closestPairs({ partial: '#ea580c', degraded: '#d97706' })
    expect(deuteranopia?.deltaE).toBeLessThan(MIN_DELTA_E)
  })
})
