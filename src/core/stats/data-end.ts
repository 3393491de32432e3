import type { Coverage, Incident } from '../model'

/**
 * The latest instant a vendor's data speaks for: the end of its coverage, or its newest update when
 * a point-in-time summary is newer. Open incidents run until then rather than until today, so an old
 * capture never turns into weeks of downtime nobody observed; a live feed's coverage ends at its fetch.
 * This is the one rule: computeVendorStats applies it, and every view and the CLI reach it from there.
 */
export function dataEnd(
  coverages: readonly Coverage[],
  incidents: readonly Incident[],
  now: string,
): string {
  let end = ''
  for (const coverage of coverages) {
    // A source that speaks up to now (a live feed, `to: null`) ends nothing early.
    if (coverage.from !== null && coverage.to === null) return now
    if (coverage.to && coverage.to > end) end = coverage.to
  }
  for (const incident of incidents) {
    const last = incident.updates.at(-1)?.at ?? incident.start
    if (last > end) end = last
  }
  return end && end < now ? end : now
}
