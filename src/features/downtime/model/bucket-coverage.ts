import type { Coverage } from '../../../core/model'
import { periodCoverage } from '../../../core/stats/index'

/**
 * Share (0–1) of [from, min(to, now)) that the vendor's data speaks for, by core periodCoverage.
 * Like the statistics, a vendor with no stated coverage speaks for nothing: its bars read "no data".
 */
export function coveredFraction(
  spans: readonly Coverage[],
  from: string,
  to: string,
  nowMs: number,
): number {
  const range = { start: Date.parse(from), end: Date.parse(to) }
  return periodCoverage(spans, range, nowMs).fraction ?? 0
}
