import { formatMinutes } from '../../../core/stats/index'
import type { HeatmapRow } from './heatmap-model'
import { HEATMAP_STEPS, MIN_COVERED_SHARE, NO_DATA_STEP, stepOf } from './heatmap-steps'

const LEVELS = [
  ['major_outage', 'Major outage'],
  ['partial_outage', 'Partial outage'],
  ['degraded_performance', 'Degraded performance'],
  ['unknown', 'Unknown impact'],
  ['maintenance', 'Maintenance'],
] as const

export interface CellDescription {
  heading: string
  /** "No data" or the step's legend label. */
  verdict: string
  lines: string[]
  /** All of it in one sentence, for the live region. */
  sentence: string
}

/** What a cell says, in words: the tooltip and the screen-reader description share it. */
export function describeCell(
  row: HeatmapRow,
  day: number,
  dayLabel: string,
  fleet: boolean,
): CellDescription {
  const heading = `${fleet ? row.vendorName : `${row.vendorName} · ${row.label}`} · ${dayLabel} (UTC)`
  const covered = row.coverage[day] ?? 0
  const incident = row.incidentMinutes[day] ?? 0
  const step = stepOf(row.weighted[day] ?? 0, incident, covered)
  if (step === NO_DATA_STEP) {
    const lines = ["No data: the vendor's feed does not cover this day."]
    return { heading, verdict: 'No data', lines, sentence: `${heading}: ${lines[0]}` }
  }
  const lines = [
    `Weighted downtime: ${formatMinutes(row.weighted[day] ?? 0)}`,
    `Incident downtime: ${formatMinutes(incident)}`,
    ...LEVELS.map(([state, label]) => `${label}: ${formatMinutes(row.minutes[state][day] ?? 0)}`),
  ]
  if (covered >= MIN_COVERED_SHARE && covered < 0.999)
    lines.push(`Data covers ${Math.round(covered * 100)} % of this day.`)
  if (covered < MIN_COVERED_SHARE)
    lines.push('The feed does not cover this day; the minutes come from its incidents.')
  const verdict = HEATMAP_STEPS[step]?.label ?? ''
  return { heading, verdict, lines, sentence: `${heading}: ${verdict}. ${lines.join('. ')}.` }
}
