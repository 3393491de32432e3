import { HEATMAP_STEP_COLORS } from '../../../components/ui/impact-style'

/** Weighted downtime per day in steps, like Statuspage's 90-day bars; bounds in minutes. */
export const HEATMAP_STEPS = [
  { label: 'No incident', color: HEATMAP_STEP_COLORS[0] },
  { label: 'Incident, 0 weighted min', color: HEATMAP_STEP_COLORS[1] },
  { label: 'Under 1 h', color: HEATMAP_STEP_COLORS[2] },
  { label: '1 h to under 4 h', color: HEATMAP_STEP_COLORS[3] },
  { label: '4 h to under 12 h', color: HEATMAP_STEP_COLORS[4] },
  { label: '12 h or more', color: HEATMAP_STEP_COLORS[5] },
] as const

export const NO_DATA_STEP = 255
/** Below this share of a day covered, the day has no data; any less than all is "partly covered". */
export const MIN_COVERED_SHARE = 1 / 1440

/**
 * The step of one day: no data when the feed does not cover it and names no incident in it;
 * otherwise by weighted minutes, with a step of its own for days whose incidents the method weighs
 * at zero (never shown as healthy).
 */
export function stepOf(weighted: number, incidentMinutes: number, covered: number): number {
  if (covered < MIN_COVERED_SHARE && incidentMinutes <= 0) return NO_DATA_STEP
  if (weighted <= 0) return incidentMinutes > 0 ? 1 : 0
  if (weighted < 60) return 2
  if (weighted < 240) return 3
  if (weighted < 720) return 4
  return 5
}
