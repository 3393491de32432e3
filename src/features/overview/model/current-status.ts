import type { ImpactLevel, Incident } from '../../../core/model'
import { DOWNTIME_LEVELS } from '../../../components/ui/downtime-stacks'
import { IMPACT_LABELS } from '../../../components/ui/impact-style'

export type CurrentLevel = ImpactLevel | 'maintenance' | 'operational' | 'no_data'

export interface CurrentStatus {
  level: CurrentLevel
  /** "Operational", "Major outage", "Maintenance in progress". */
  label: string
  /** Items open at the data end: incidents first, worst first. */
  open: Incident[]
  /** True when the data speaks for the last hour (a live feed); else it is "as of" its capture. */
  live: boolean
  /** The instant the status speaks for (ISO UTC). */
  asOf: string
}

const LIVE_WINDOW_MS = 3_600_000

/**
 * What the vendor's data says about its state at the data end: the worst level among the items
 * still open then. A live feed speaks for now; an older capture only "as of" its time.
 */
export function currentStatus(
  incidents: readonly Incident[],
  dataEnd: string | null,
  nowIso: string,
): CurrentStatus {
  if (dataEnd === null) {
    return { level: 'no_data', label: 'No data yet', open: [], live: false, asOf: nowIso }
  }
  const open = incidents.filter((incident) => incident.end === null && incident.start <= dataEnd)
  const rank = (incident: Incident) =>
    incident.kind === 'maintenance'
      ? DOWNTIME_LEVELS.length
      : DOWNTIME_LEVELS.indexOf(incident.impact as (typeof DOWNTIME_LEVELS)[number])
  open.sort((a, b) => rank(a) - rank(b))
  const worst = open[0]
  const level: CurrentLevel =
    worst === undefined
      ? 'operational'
      : worst.kind === 'maintenance'
        ? 'maintenance'
        : worst.impact
  const label =
    level === 'operational'
      ? 'Operational'
      : level === 'maintenance'
        ? 'Maintenance in progress'
        : IMPACT_LABELS[level]
  const live = Date.parse(nowIso) - Date.parse(dataEnd) <= LIVE_WINDOW_MS
  return { level, label, open, live, asOf: dataEnd }
}
