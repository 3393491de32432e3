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

// Module-local copies, read per item: an imported binding is reloaded and TDZ-checked at each use (not a getter: native ESM).
const NONE = NO_STATE
const MAINTENANCE_STATE = MAINTENANCE

/** True when any update of the item carries component changes (most items have none). */
function hasComponentChanges(incident: Incident): boolean {
  for (const update of incident.updates) if (update.componentChanges?.length) return true
  return false
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
  return incident.kind === 'maintenance' ? MAINTENANCE_STATE : stateOfImpact(incident.impact)
}

/** The components an item names, in its changes or its list; empty means the whole vendor. */
export function affectedComponents(incident: Incident): readonly string[] {
  if (!hasComponentChanges(incident)) return incident.components
  const names = new Set(incident.components)
  for (const update of incident.updates) {
    for (const change of update.componentChanges ?? []) names.add(change.component)
  }
  return [...names]
}

/** Hands [from, to) clipped to the item's [start, end) to the sink, unless it is empty or no state. */
function emitClipped(
  sink: SegmentSink,
  span: { start: number; end: number },
  component: string | null,
  from: number,
  to: number,
  state: number,
): void {
  const clippedStart = Math.max(from, span.start)
  const clippedEnd = Math.min(to, span.end)
  if (state !== NONE && clippedEnd > clippedStart) sink(component, clippedStart, clippedEnd, state)
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
  const base = baseState(incident)
  const changes = hasComponentChanges(incident) ? timedChanges(incident) : []
  if (changes.length === 0) {
    // Most items: each listed component (or the whole vendor) at the item's level throughout.
    if (base === NONE || end <= start) return
    if (incident.components.length === 0) sink(null, start, end, base)
    for (const component of incident.components) sink(component, start, end, base)
    return
  }
  const span = { start, end }
  const current = new Map<string, { state: number; since: number }>()
  for (const change of changes) {
    const open = current.get(change.component)
    if (open) emitClipped(sink, span, change.component, open.since, change.at, open.state)
    else
      emitClipped(
        sink,
        span,
        change.component,
        start,
        change.at,
        stateOfComponentStatus(change.from),
      )
    current.set(change.component, { state: stateOfComponentStatus(change.to), since: change.at })
  }
  for (const [component, open] of current)
    emitClipped(sink, span, component, open.since, end, open.state)
  for (const component of incident.components) {
    if (!current.has(component)) emitClipped(sink, span, component, start, end, base)
  }
}
