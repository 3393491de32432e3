import type { DurationFigures, FeedFormat, Incident, IncidentFlag, IncidentUpdate } from '../model'
import { MINUTE_MS, parseInstantMs, toIsoUtc } from '../time/instants'
import type { IncidentDraft } from './draft'
import { httpUrlOrNull } from '../text/http-url'
import { inferImpactFromTitle } from './impact'
import { isInProgressStatus, isResolvingStatus } from './statuses'

const byTime = (a: IncidentUpdate, b: IncidentUpdate) => Date.parse(a.at) - Date.parse(b.at)

/** Start and end from the published updates alone (README "Duration rule", timeline part). */
function timelineFigures(draft: IncidentDraft, updates: IncidentUpdate[]): DurationFigures {
  const first = updates[0]
  const inProgress = updates.find((u) => isInProgressStatus(u.status))
  const startMs =
    draft.kind === 'maintenance'
      ? (parseInstantMs(inProgress?.at) ??
        parseInstantMs(draft.scheduledStart) ??
        parseInstantMs(first?.at))
      : parseInstantMs(first?.at)
  if (startMs === null) return { start: null, end: null, durationMinutes: null }
  const resolving = updates.find((u) => isResolvingStatus(u.status))
  let endMs = parseInstantMs(resolving?.at)
  if (endMs === null && draft.closed && updates.length > 0)
    endMs = parseInstantMs(updates.at(-1)?.at)
  if (endMs !== null) endMs = Math.max(endMs, startMs)
  return {
    start: toIsoUtc(startMs),
    end: endMs === null ? null : toIsoUtc(endMs),
    durationMinutes: endMs === null ? null : (endMs - startMs) / MINUTE_MS,
  }
}

interface Declared {
  startMs: number | null
  endMs: number | null
  minutes: number | null
  /** A declared end (or duration) that would end before the start: dropped, not clamped. */
  invalidEnd: boolean
}

function declaredFigures(draft: IncidentDraft, timeline: DurationFigures): Declared {
  const maintenance = draft.kind === 'maintenance'
  const start =
    parseInstantMs(draft.declaredStart) ??
    (maintenance ? parseInstantMs(draft.scheduledStart) : null) ??
    parseInstantMs(timeline.start)
  const declaredEnd =
    parseInstantMs(draft.declaredEnd) ?? (maintenance ? parseInstantMs(draft.scheduledEnd) : null)
  const minutes = draft.declaredDurationMinutes
  const none = { startMs: start, endMs: null, minutes: null }
  if (start !== null && typeof minutes === 'number') {
    if (!(Number.isFinite(minutes) && minutes >= 0)) return { ...none, invalidEnd: true }
    return { startMs: start, endMs: start + minutes * MINUTE_MS, minutes, invalidEnd: false }
  }
  if (start !== null && declaredEnd !== null) {
    if (declaredEnd < start) return { ...none, invalidEnd: true }
    return {
      startMs: start,
      endMs: declaredEnd,
      minutes: (declaredEnd - start) / MINUTE_MS,
      invalidEnd: false,
    }
  }
  return { ...none, invalidEnd: false }
}

/** Declared and timeline disagree by more than 50 % of the larger and more than 30 minutes. */
export function durationsDisagree(declared: number | null, timeline: number | null): boolean {
  if (declared === null || timeline === null) return false
  const gap = Math.abs(declared - timeline)
  return gap > 30 && gap > 0.5 * Math.max(declared, timeline)
}

/**
 * Applies the shared rules to an adapter's draft: updates oldest first; declared duration wins
 * (end = start + declared); otherwise start = first update (maintenance: "In progress", else the
 * scheduled start) and end = first resolving update; later updates never extend it. An end before
 * the start is never clamped: it is dropped and the incident flagged `invalid_end`.
 */
export function finalizeIncident(
  draft: IncidentDraft,
  vendor: string,
  format: FeedFormat,
): Incident | null {
  const updates = draft.updates.filter((u) => parseInstantMs(u.at) !== null).sort(byTime)
  const timeline = timelineFigures(draft, updates)
  const declared = declaredFigures(draft, timeline)
  if (declared.startMs === null) return null
  const flags = new Set<IncidentFlag>(draft.flags ?? [])
  // An end before the start is dropped: the timeline's end stands in, else the item is open.
  const fallbackEnd = parseInstantMs(timeline.end)
  const usable = fallbackEnd !== null && fallbackEnd >= declared.startMs ? fallbackEnd : null
  const endMs = declared.endMs ?? usable
  if (declared.invalidEnd || (declared.endMs === null && fallbackEnd !== null && usable === null))
    flags.add('invalid_end')
  if (durationsDisagree(declared.minutes, timeline.durationMinutes))
    flags.add('duration_discrepancy')
  if (updates.length === 1 && isResolvingStatus(updates[0]?.status ?? ''))
    flags.add('resolved_only')
  const unresolved = !updates.some((u) => isResolvingStatus(u.status)) && declared.endMs === null
  if (draft.closed && unresolved && !flags.has('duration_unknown')) flags.add('no_resolution')
  const impact =
    draft.kind === 'maintenance' ? 'none' : (draft.impact ?? inferImpactFromTitle(draft.title))
  return {
    id: draft.id,
    aliases: [],
    vendor,
    kind: draft.kind,
    title: draft.title,
    url: httpUrlOrNull(draft.url),
    components: [...new Set(draft.components.map((c) => c.trim()).filter(Boolean))],
    impact,
    impactInferred: draft.kind === 'incident' && draft.impact === null,
    start: toIsoUtc(declared.startMs),
    end: endMs === null ? null : toIsoUtc(endMs),
    durationMinutes: endMs === null ? null : (endMs - declared.startMs) / MINUTE_MS,
    declaredDurationMinutes: declared.minutes,
    timeline,
    scheduledStart: draft.scheduledStart ?? null,
    scheduledEnd: draft.scheduledEnd ?? null,
    updates,
    flags: [...flags],
    format,
  }
}
