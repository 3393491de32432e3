import type { Incident } from '../src/core/model'
import { computeVendorStats } from '../src/core/stats/index'
import type { Benchmark } from './benchmark'
import { generateFleet } from './fleet'
import { caseFromPairs, comparePairs } from './measure'

const PERIOD = { from: '2025-01-01', to: '2026-01-01', now: '2026-01-01T00:00:00Z' }
const stats = (fleet: Incident[][]) =>
  fleet.map((incidents) => computeVendorStats(incidents, PERIOD))
const sortStarts = (starts: number[]) => Float64Array.from(starts).sort()

/**
 * Growth from n to 10 n incidents: time(10 n) / time(n) against (10 n log 10 n) / (n log n), the
 * n log n bound, each size timed once per pair; and the heap left after the big run (bounded memory).
 */
function growth(small: Incident[][], big: Incident[][]) {
  const n = small.flat().length
  const bound = (10 * n * Math.log(10 * n)) / (n * Math.log(n))
  const smallMs: number[] = []
  const bigMs: number[] = []
  for (let i = 0; i < 2; i++) {
    let start = performance.now()
    stats(small)
    smallMs.push(performance.now() - start)
    start = performance.now()
    stats(big)
    bigMs.push(performance.now() - start)
  }
  const growthCase = caseFromPairs(`growth ${n} → ${10 * n} incidents`, bigMs, smallMs)
  return { growthCase, bound }
}

export const b04: Benchmark = {
  id: 'B4',
  title: 'Fleet statistics (40 × 250)',
  target: { op: '≤', value: 3.0, baseline: 'typed-array sort of the start times' },
  async run() {
    const fleet = generateFleet(40, 250)
    const starts = fleet.flat().map((i) => Date.parse(i.start))
    const fleetCase = comparePairs(
      'fleet 40 × 250',
      () => stats(fleet),
      () => sortStarts(starts),
      20,
      5,
    )
    const before = process.memoryUsage().heapUsed
    const { growthCase, bound } = growth(generateFleet(100, 1_000), generateFleet(100, 10_000))
    const heapMb = (process.memoryUsage().heapUsed - before) / 1e6
    return {
      cases: [fleetCase],
      checks: [
        {
          name: 'growth ≤ n log n',
          ok: growthCase.ratio <= bound,
          detail: `100k → 1M incidents: ×${growthCase.ratio.toFixed(1)} time (n log n bound ×${bound.toFixed(1)}), ${growthCase.baseline.toFixed(0)} → ${growthCase.ours.toFixed(0)} ms`,
        },
        {
          name: 'bounded memory',
          ok: heapMb < 2_000,
          detail: `heap after 1M incidents: +${heapMb.toFixed(0)} MB (limit 2000 MB)`,
        },
      ],
    }
  },
}
