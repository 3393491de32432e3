import {
  IMPACT_LEVELS,
  INCIDENT_KINDS,
  type ImpactLevel,
  type IncidentKind,
} from '../../../core/model'

export const INCIDENT_STATES = ['open', 'resolved'] as const
export type IncidentState = (typeof INCIDENT_STATES)[number]

export const INCIDENT_SORTS = ['start-desc', 'start-asc', 'duration-desc', 'duration-asc'] as const
export type IncidentSort = (typeof INCIDENT_SORTS)[number]
const DEFAULT_SORT: IncidentSort = 'start-desc'

/** `period`: only incidents overlapping the analysis period; `any`: every stored incident. */
export const INCIDENT_RANGES = ['period', 'any'] as const
export type IncidentRange = (typeof INCIDENT_RANGES)[number]

/** The browser's filter state; every field round-trips through the URL. */
export interface IncidentFilters {
  q: string
  vendor: string | null
  component: string | null
  kind: IncidentKind | null
  impact: ImpactLevel | null
  state: IncidentState | null
  range: IncidentRange
  sort: IncidentSort
}

/** The URL keys this feature owns (besides `incident`, the open detail). */
export const FILTER_PARAMS = [
  'q',
  'vendor',
  'component',
  'kind',
  'impact',
  'state',
  'range',
  'sort',
] as const

const MAX_PARAM_LENGTH = 300

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return (values as readonly (string | null)[]).includes(value) ? (value as T) : null
}

function text(value: string | null): string | null {
  return value && value.length <= MAX_PARAM_LENGTH ? value : null
}

/** Reads filters from the URL; unknown or oversized values fall back to "no filter". */
export function parseIncidentFilters(params: URLSearchParams): IncidentFilters {
  return {
    q: (params.get('q') ?? '').slice(0, MAX_PARAM_LENGTH),
    vendor: text(params.get('vendor')),
    component: text(params.get('component')),
    kind: oneOf(INCIDENT_KINDS, params.get('kind')),
    impact: oneOf(IMPACT_LEVELS, params.get('impact')),
    state: oneOf(INCIDENT_STATES, params.get('state')),
    range: oneOf(INCIDENT_RANGES, params.get('range')) ?? 'period',
    sort: oneOf(INCIDENT_SORTS, params.get('sort')) ?? DEFAULT_SORT,
  }
}

/** The URL patch for a change; defaults are written as absent, so links stay short. */
export function filterParamsPatch(change: Partial<IncidentFilters>): Record<string, string | null> {
  const patch: Record<string, string | null> = {}
  for (const [key, value] of Object.entries(change)) {
    const isDefault =
      value === null ||
      value === '' ||
      (key === 'sort' && value === DEFAULT_SORT) ||
      (key === 'range' && value === 'period')
    patch[key] = isDefault ? null : String(value)
  }
  return patch
}

/** True when any filter narrows the list (the sort does not). */
export function hasActiveFilters(filters: IncidentFilters): boolean {
  return (
    filters.q.trim() !== '' ||
    filters.vendor !== null ||
    filters.component !== null ||
    filters.kind !== null ||
    filters.impact !== null ||
    filters.state !== null ||
    filters.range !== 'period'
  )
}
