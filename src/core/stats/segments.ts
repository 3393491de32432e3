import type { ComponentChange, Incident } from '../model'
import { MAINTENANCE, NO_STATE, stateOfComponentStatus, stateOfImpact } from './states'
import { parseInstant } from '../time/parse-instant'

/** Receives one component's [start, end) at one state (null: the whole vendor); end > start. */
export type SegmentSink = (
  component: string | null,
  start: number,
  end: number,
  state: number,
) => void

interface TimedChange extends ComponentChange {
  at: number
}

function timedChanges(incident: Incident): TimedChange[] {
  const changes: TimedChange[] = []
  for (const update of incident.updates) {
    if (!update.componentChanges?.length) continue
    const at = parseInstant(update.at)
    if (!Number.isFinite(at)) continue
    for (const change of update.componentChanges) changes.push({ ...change, at })
  }
  return changes.sort((a, b) => a.at - b.at)
}

function baseState(incident: Incident): number {
  return incident.kind === 'maintenance' ? MAINTENANCE : stateOfImpact(incident.impact)
}

/** The components an item names, in its changes or its list; empty means the whole vendor. */
export function affectedComponents(incident: Incident): readonly string[] {
  if (!incident.updates.some((update) => update.componentChanges?.length)) {
    return incident.components
  }
  const names = new Set(incident.components)
  for (const update of incident.updates) {
    for (const change of update.componentChanges ?? []) names.add(change.component)
  }
  return [...names]
}

/**
 * Emits an item's per-component segments within [start, end). Where updates carry component
 * changes, each changed component follows them exactly (its first `from` status holds from the
 * item's start; `operational` ends it); listed components without changes take the item's level for
 * the whole span. An item naming no component is emitted for the whole vendor (null).
 */
export function emitSegments(
  incident: Incident,
  start: number,
  end: number,
  sink: SegmentSink,
): void {
  const emit = (component: string | null, from: number, to: number, state: number) => {
    const clippedStart = Math.max(from, start)
    const clippedEnd = Math.min(to, end)
    if (state !== NO_STATE && clippedEnd > clippedStart) {
      sink(component, clippedStart, clippedEnd, state)
    }
  }
  const base = baseState(incident)
  const changes = timedChanges(incident)
  if (changes.length === 0 && incident.components.length === 0) {
    emit(null, start, end, base)
    return
  }
  const current = new Map<string, { state: number; since: number }>()
  for (const change of changes) {
    const open = current.get(change.component)
    if (open) emit(change.component, open.since, change.at, open.state)
    else emit(change.component, start, change.at, stateOfComponentStatus(change.from))
    current.set(change.component, { state: stateOfComponentStatus(change.to), since: change.at })
  }
  for (const [component, open] of current) emit(component, open.since, end, open.state)
  for (const component of incident.components) {
    if (!current.has(component)) emit(component, start, end, base)
  }
}
