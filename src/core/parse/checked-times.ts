import { MODEL_YEARS, type IncidentUpdate } from '../model'
import { parseInstantMs, toIsoUtc } from '../time/instants'
import { AFTER_LAST_MS, FIRST_MS, isModelInstant } from './incident-invariants'

export const YEARS = `${MODEL_YEARS.first}–${MODEL_YEARS.last}`

/** A time in the model's form (ISO UTC within MODEL_YEARS), or null when it is not one. */
export function modelInstant(value: string | null | undefined): string | null {
  // A time already in that form is its own ISO text: toIsoUtc would write it back the same.
  if (value?.length === 20 && isModelInstant(value)) return value
  const ms = parseInstantMs(value)
  return ms !== null && ms >= FIRST_MS && ms < AFTER_LAST_MS ? toIsoUtc(ms) : null
}

/** A time of an item as a model instant, or null with a warning when it is none. */
export function checkedTime(
  name: string,
  what: string,
  value: string | null | undefined,
  warnings: string[],
): string | null {
  if (value === null || value === undefined) return null
  const iso = modelInstant(value)
  if (iso === null) warnings.push(`${name}: left out ${what} "${value}", no date of ${YEARS}.`)
  return iso
}

/** The updates dated at model instants; the list itself when every one already is. */
export function checkedUpdates(name: string, updates: IncidentUpdate[], warnings: string[]) {
  let kept: IncidentUpdate[] | null = null
  for (let i = 0; i < updates.length; i++) {
    const update = updates[i] as IncidentUpdate
    const at = checkedTime(name, 'an update dated', update.at, warnings)
    if (at === update.at && kept === null) continue
    kept ??= updates.slice(0, i)
    if (at !== null) kept.push(at === update.at ? update : { ...update, at })
  }
  return kept ?? updates
}
