import type { Coverage } from '../../../core/model'

/**
 * Share (0–1) of [from, min(to, now)) that the vendor's data speaks for. Like the statistics, a
 * vendor with no stated coverage speaks for nothing, so its bars read "no data", never "no downtime".
 */
export function coveredFraction(
  spans: readonly Coverage[],
  from: string,
  to: string,
  nowMs: number,
): number {
  const start = Date.parse(from)
  const end = Math.min(Date.parse(to), nowMs)
  if (!(end > start)) return 0
  let covered = 0
  for (const span of spans) {
    if (span.from === null) continue
    const spanStart = Math.max(Date.parse(span.from), start)
    const spanEnd = Math.min(span.to === null ? nowMs : Date.parse(span.to), end)
    if (spanEnd > spanStart) covered += spanEnd - spanStart
  }
  return Math.min(1, covered / (end - start))
}
