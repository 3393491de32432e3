import { cpus } from 'node:os'

export interface Comparison {
  name: string
  target: string
  ratio: number
  ci95: [number, number]
  oursMs: number
  baselineMs: number
  pairs: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

/**
 * Ours against a baseline in the same process, interleaved pair by pair (performance.md §5), so a
 * noisy neighbour slows both sides alike. The ratio is the median of per-pair ratios; the interval
 * is the bootstrap 95 % range of that median.
 */
export function compare(
  name: string,
  target: string,
  ours: () => unknown,
  baseline: () => unknown,
  pairs = 60,
): Comparison {
  for (let i = 0; i < 5; i++) {
    ours()
    baseline()
  }
  const ratios: number[] = []
  const oursMs: number[] = []
  const baseMs: number[] = []
  for (let i = 0; i < pairs; i++) {
    // Alternate which side runs first, so warm caches favour neither.
    const first = i % 2 === 0
    const a = first ? time(ours) : 0
    const b = time(baseline)
    const oursTime = first ? a : time(ours)
    oursMs.push(oursTime)
    baseMs.push(b)
    ratios.push(oursTime / b)
  }
  let seed = 20261121
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
  const medians = Array.from({ length: 500 }, () =>
    median(ratios.map(() => ratios[Math.floor(next() * ratios.length)] as number)),
  )
  medians.sort((x, y) => x - y)
  return {
    name,
    target,
    ratio: median(ratios),
    ci95: [medians[12] as number, medians[487] as number],
    oursMs: median(oursMs),
    baselineMs: median(baseMs),
    pairs,
  }
}

export function fingerprint(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  return `${cpu}, ${cpus().length} cores, Node ${process.version}`
}
