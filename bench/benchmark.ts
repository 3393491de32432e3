import type { Case } from './measure'

/** `≤ value` for costs (time, bytes), `≥ value` for throughput. */
export interface Target {
  op: '≤' | '≥'
  value: number
  /** What the ratio divides by, in words. */
  baseline: string
}

export interface Benchmark {
  id: string
  title: string
  target: Target
  run: () => Promise<BenchmarkRun>
}

export interface BenchmarkRun {
  cases: Case[]
  /** Conditions besides the ratio; each must hold for `met`. */
  checks?: { name: string; ok: boolean; detail: string }[]
}

export interface BenchmarkResult {
  id: string
  title: string
  /** The worst case's figures: every case must meet the target. */
  ratio: number
  low: number
  high: number
  target: string
  met: boolean
  cases: Case[]
  checks: { name: string; ok: boolean; detail: string }[]
}

export const meets = (target: Target, ratio: number) =>
  target.op === '≤' ? ratio <= target.value : ratio >= target.value

export function summarize(benchmark: Benchmark, run: BenchmarkRun): BenchmarkResult {
  const { target } = benchmark
  const worst = run.cases.reduce((a, b) =>
    (target.op === '≤' ? b.ratio > a.ratio : b.ratio < a.ratio) ? b : a,
  )
  const checks = run.checks ?? []
  return {
    id: benchmark.id,
    title: benchmark.title,
    ratio: worst.ratio,
    low: worst.low,
    high: worst.high,
    target: `${target.op} ${target.value} × ${target.baseline}`,
    met: run.cases.every((c) => meets(target, c.ratio)) && checks.every((c) => c.ok),
    cases: run.cases,
    checks,
  }
}
