import type { Incident, ParsedFeed } from '../model'
import { mergeSourceIncidents } from '../normalize/merge-sources'
import type { Report, ReportIncident, VendorReport } from './report-model'
import { computeReportStats, unionCoverage, type ReportStatsOptions } from './report-stats'

export interface ReportSource {
  location: string
  feed: ParsedFeed
}

export interface ReportPeriod {
  /** Inclusive, 00:00 UTC of this day (YYYY-MM-DD). */
  from?: string
  /** Exclusive, 00:00 UTC of this day (YYYY-MM-DD). */
  to?: string
}

const dayStart = (day: string | undefined, fallback: number) =>
  day ? Date.parse(`${day}T00:00:00Z`) : fallback

/** Incidents that overlap [from, to): started before `to` and not ended before `from`. */
export function overlapsPeriod(incident: Incident, period: ReportPeriod): boolean {
  const from = dayStart(period.from, -Infinity)
  const to = dayStart(period.to, Infinity)
  const start = Date.parse(incident.start)
  const end = incident.end === null ? Infinity : Date.parse(incident.end)
  return start < to && end >= from
}

export function toReportIncident(incident: Incident): ReportIncident {
  const { id, title, kind, impact, impactInferred, components, componentsInferred } = incident
  const { start, end, durationMinutes } = incident
  const { declaredDurationMinutes, scheduledStart, scheduledEnd, url, flags } = incident
  return {
    id,
    title,
    kind,
    impact,
    impactInferred,
    components,
    componentsInferred,
    start,
    end,
    durationMinutes,
    declaredDurationMinutes,
    scheduledStart,
    scheduledEnd,
    url,
    flags,
    windowText: incident.windowText ?? null,
    updates: incident.updates.map(({ at, status, text }) => ({ at, status, text })),
  }
}

const byLocation = (a: ReportSource, b: ReportSource) =>
  a.location < b.location ? -1 : a.location > b.location ? 1 : 0

/**
 * Groups parsed sources by vendor name, each vendor's sources ordered by location, so the
 * report is the same whatever order the inputs were given in (vendors keep first-seen order).
 */
export function groupByVendor(sources: readonly ReportSource[]): Map<string, ReportSource[]> {
  const vendors = new Map<string, ReportSource[]>()
  for (const source of sources) {
    const name = source.feed.vendor ?? 'Unknown vendor'
    vendors.set(name, [...(vendors.get(name) ?? []), source])
  }
  for (const list of vendors.values()) list.sort(byLocation)
  return vendors
}

/** One vendor's incidents from all its sources and captures (see mergeSourceIncidents). */
export function mergeVendorSources(sources: readonly ReportSource[]): Incident[] {
  return mergeSourceIncidents(
    sources.map((s) => s.feed.incidents),
    {
      capturedAt: sources.map((s) => s.feed.capturedAt),
      components: [...new Set(sources.flatMap((s) => s.feed.components))],
    },
  )
}

function buildVendorReport(
  name: string,
  sources: readonly ReportSource[],
  period: ReportPeriod,
  statsOptions: ReportStatsOptions,
): VendorReport {
  const incidents = mergeVendorSources(sources)
  const coverages = sources.map((s) => s.feed.coverage)
  const coverage = unionCoverage(coverages)
  const components = [...new Set(sources.flatMap((s) => s.feed.components))]
  return {
    name,
    sources: sources.map((s) => ({ location: s.location, format: s.feed.format })),
    coverage,
    incidents: incidents.filter((i) => overlapsPeriod(i, period)).map(toReportIncident),
    stats: computeReportStats(incidents, coverages, components, period, statsOptions),
  }
}

/** The whole report; `statsOptions.now` is also its generation time. */
export function buildReport(
  sources: readonly ReportSource[],
  period: ReportPeriod,
  statsOptions: ReportStatsOptions,
): Report {
  const vendors = [...groupByVendor(sources)].map(([name, list]) =>
    buildVendorReport(name, list, period, statsOptions),
  )
  const reportPeriod = { from: period.from ?? null, to: period.to ?? null }
  return { generatedAt: statsOptions.now, period: reportPeriod, vendors }
}
