import { cpus } from 'node:os'

/** One measured input of a benchmark: ours against its same-run baseline. */
export interface Case {
  name: string
  ratio: number
  low: number
  high: number
  ours: number
  baseline: number
  /** What `ours` and `baseline` count: 'ms', 'req/s', 'bytes', … */
  unit: string
  samples: number
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Bootstrap 95 % interval of the median (seeded, so a run is reproducible from its samples). */
export function bootstrap(values: readonly number[], rounds = 1000): [number, number] {
  let seed = 20261121
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
  const medians = Array.from({ length: rounds }, () =>
    median(values.map(() => values[Math.floor(next() * values.length)] as number)),
  )
  medians.sort((x, y) => x - y)
  return [
    medians[Math.floor(rounds * 0.025)] as number,
    medians[Math.ceil(rounds * 0.975) - 1] as number,
  ]
}

/** A case from paired samples: the ratio is the median of per-pair ratios (performance.md §5). */
export function caseFromPairs(
  name: string,
  ours: readonly number[],
  baseline: readonly number[],
  unit = 'ms',
): Case {
  const ratios = ours.map((value, i) => value / (baseline[i] as number))
  const [low, high] = bootstrap(ratios)
  return {
    name,
    ratio: median(ratios),
    low,
    high,
    ours: median(ours),
    baseline: median(baseline),
    unit,
    samples: ratios.length,
  }
}

const gc = (globalThis as { gc?: () => void }).gc

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

/**
 * Ours against a baseline in the same process, interleaved pair by pair with alternating order, so
 * a noisy neighbour slows both sides alike; a warm-up first, and a collection between pairs.
 */
export function comparePairs(
  name: string,
  ours: () => unknown,
  baseline: () => unknown,
  pairs = 60,
  warmup = 30,
): Case {
  // At least `warmup` rounds and a quarter of a second, so small inputs reach optimized code too.
  const warmUntil = performance.now() + 250
  for (let i = 0; i < warmup || performance.now() < warmUntil; i++) {
    ours()
    baseline()
  }
  const oursMs: number[] = []
  const baseMs: number[] = []
  for (let i = 0; i < pairs; i++) {
    gc?.()
    if (i % 2 === 0) {
      oursMs.push(time(ours))
      baseMs.push(time(baseline))
    } else {
      baseMs.push(time(baseline))
      oursMs.push(time(ours))
    }
  }
  return caseFromPairs(name, oursMs, baseMs)
}

/** Paired samples of two asynchronous measurements, alternating which runs first. */
export async function compareAsyncPairs(
  name: string,
  ours: () => Promise<number>,
  baseline: () => Promise<number>,
  pairs: number,
  unit: string,
): Promise<Case> {
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      a.push(await ours())
      b.push(await baseline())
    } else {
      b.push(await baseline())
      a.push(await ours())
    }
  }
  return caseFromPairs(name, a, b, unit)
}

export function fingerprint(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  return `${cpu}, ${cpus().length} cores, Node ${process.version}`
}
