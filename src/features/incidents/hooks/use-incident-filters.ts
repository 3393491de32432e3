import { useMemo } from 'react'
import { useSearchParams } from '../../../components/url-state'
import {
  FILTER_PARAMS,
  parseIncidentFilters,
  type IncidentFilters,
} from '../model/incident-filters'

/** The filters in the URL; the same object until one of the filter params changes. */
export function useIncidentFilters(): IncidentFilters {
  const params = useSearchParams()
  const own = new URLSearchParams()
  for (const key of FILTER_PARAMS) {
    const value = params.get(key)
    if (value !== null) own.set(key, value)
  }
  const key = own.toString()
  return useMemo(() => parseIncidentFilters(new URLSearchParams(key)), [key])
}
