import type { ComponentStatus, ImpactLevel } from '../model'
import { WEIGHTED_LEVELS } from './weighted-levels'

/**
 * The states a component can be in on the timeline, worst incident level first. Operational time
 * and incidents declared with impact `none` have no state: they never produce minutes.
 */
export const TIMELINE_STATES = [...WEIGHTED_LEVELS, 'maintenance'] as const
export type TimelineState = (typeof TIMELINE_STATES)[number]

export const STATE_COUNT = TIMELINE_STATES.length
export const MAINTENANCE = WEIGHTED_LEVELS.length
/** Incident states are the codes below MAINTENANCE. */
export const INCIDENT_STATE_COUNT = MAINTENANCE
export const NO_STATE = -1

/** Pseudo component that carries items naming no component; they also count against every component. */
export const WHOLE_VENDOR = '(whole vendor)'

export function stateOfImpact(impact: ImpactLevel): number {
  return impact === 'none' ? NO_STATE : TIMELINE_STATES.indexOf(impact)
}

/** `operational` (and null) end a component's interval; `under_maintenance` is maintenance. */
export function stateOfComponentStatus(status: ComponentStatus | null): number {
  if (status === null || status === 'operational') return NO_STATE
  if (status === 'under_maintenance') return MAINTENANCE
  return TIMELINE_STATES.indexOf(status)
}
