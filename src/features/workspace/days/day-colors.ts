import { DOWNTIME_LEVELS } from '../../../components/ui/downtime-stacks'
import { IMPACT_COLORS } from '../../../components/ui/impact-style'
import { DAY_CLEAR, DAY_MAINTENANCE } from './vendor-days'

/** Day code → colour; no data is drawn in the text colour, faint, so it never reads as healthy. */
export const DAY_COLORS: Record<number, string> = {
  ...Object.fromEntries(DOWNTIME_LEVELS.map((level, code) => [code, IMPACT_COLORS[level]])),
  [DAY_MAINTENANCE]: IMPACT_COLORS.maintenance,
  [DAY_CLEAR]: IMPACT_COLORS.operational,
}
