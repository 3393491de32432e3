import type { DurationFigures, FeedFormat, Incident, IncidentFlag, IncidentUpdate } from '../model'
import { MINUTE_MS, parseInstantMs, toIsoUtc } from '../time/instants'
import type { IncidentDraft } from './draft'
import { endFromMs } from '../incident-end'
import { httpUrlOrNull } from '../text/http-url'
import { componentsFromWords } from './component-words'
import { inferImpact } from './impact-words'
import { isInProgressStatus, isResolvingStatus } from './statuses'
import { retroactiveWindow } from './retroactive'
import { canonicalInstantMs, parseInstant } from '../time/parse-instant'

/**
 * The updates whose time reads, by time: each time read once (the model's form by hand, others as
 * parseInstantMs keeps them and parseInstant orders them); the sort is a − b on those times.
 */
function datedByTime(updates: readonly IncidentUpdate[]): IncidentUpdate[] {
  const timed: { update: IncidentUpdate; ms: number }[] = []
  for (const update of updates) {
    const canonical = typeof update.at === 'string' ? canonicalInstantMs(update.at) : null
    if (canonical !== null) timed.push({ update, ms: canonical })
    else if (parseInstantMs(update.at) !== null) timed.push({ update, ms: parseInstant(update.at) })
  }
  return timed.sort((a, b) => a.ms - b.ms).map(({ update }) => update)
}

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
    ...endFromMs(startMs, endMs),
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

/**
 * A maintenance's actual `In progress` and `Completed` updates beat its scheduled window, end by
 * end; the window counts only where nothing actual was published. Times the source itself
 * declares (Instatus `Duration:`) stay.
 */
function actualMaintenance(draft: IncidentDraft, updates: IncidentUpdate[]) {
  const declares = Boolean(draft.declaredStart) || typeof draft.declaredDurationMinutes === 'number'
  if (draft.kind !== 'maintenance' || declares) return { startMs: null, endMs: null }
  return {
    startMs: parseInstantMs(updates.find((u) => isInProgressStatus(u.status))?.at),
    endMs: parseInstantMs(updates.find((u) => isResolvingStatus(u.status))?.at),
  }
}

/** Declared and timeline disagree by more than 50 % of the larger and more than 30 minutes. */
function durationsDisagree(declared: number | null, timeline: number | null): boolean {
  if (declared === null || timeline === null) return false
  const gap = Math.abs(declared - timeline)
  return gap > 30 && gap > 0.5 * Math.max(declared, timeline)
}

function computeStart(draft: IncidentDraft) {
  const updates = datedByTime(draft.updates)
  const timeline = timelineFigures(draft, updates)
  const window = retroactiveWindow(draft, updates)
  const declared = declaredFigures(window?.draft ?? draft, timeline)
  const actual = actualMaintenance(draft, updates)
  return {
    updates,
    timeline,
    window,
    declared,
    actual,
    startMs: actual.startMs ?? declared.startMs,
  }
}

const atOrAfter = (ms: number | null, startMs: number) => (ms !== null && ms >= startMs ? ms : null)

/** The components a draft names, trimmed, once each (most drafts name none). */
const statedComponents = (components: readonly string[]): string[] =>
  components.length === 0 ? [] : [...new Set(components.map((c) => c.trim()).filter(Boolean))]

// A feed's coverage asks for the start of the very drafts it then finalizes: read them once.
const starts = new WeakMap<IncidentDraft, ReturnType<typeof computeStart>>()

/** The start rule alone, shared with the coverage of a feed so it need not finalize twice. */
function startOf(draft: IncidentDraft) {
  let start = starts.get(draft)
  if (!start) {
    start = computeStart(draft)
    starts.set(draft, start)
  }
  return start
}

/** When a draft's incident starts (epoch ms), exactly as finalizeIncident would say; null when it has none. */
export const draftStartMs = (draft: IncidentDraft): number | null => startOf(draft).startMs

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
  const { updates, timeline, window, declared, actual, startMs } = startOf(draft)
  // Consumed: a second finalize of the same draft builds its own update list.
  starts.delete(draft)
  if (startMs === null) return null
  const flags = new Set<IncidentFlag>(draft.flags ?? [])
  // An end before the start is dropped: the timeline's end stands in, else the item is open.
  const fallbackEnd = parseInstantMs(timeline.end)
  const usable = fallbackEnd !== null && fallbackEnd >= startMs ? fallbackEnd : null
  // A maintenance that started after its scheduled end and has not completed is still open.
  const endMs = atOrAfter(actual.endMs, startMs) ?? atOrAfter(declared.endMs, startMs) ?? usable
  if (declared.invalidEnd || (declared.endMs === null && fallbackEnd !== null && usable === null))
    flags.add('invalid_end')
  if (!window && durationsDisagree(declared.minutes, timeline.durationMinutes))
    flags.add('duration_discrepancy')
  if (window) flags.add('window_from_text')
  else if (updates.length === 1 && isResolvingStatus(updates[0]?.status ?? ''))
    flags.add('resolved_only')
  const unresolved = !updates.some((u) => isResolvingStatus(u.status)) && declared.endMs === null
  if (draft.closed && unresolved && !flags.has('duration_unknown')) flags.add('no_resolution')
  const impact =
    draft.kind === 'maintenance' ? 'none' : (draft.impact ?? inferImpact(draft.title, updates))
  const stated = statedComponents(draft.components)
  const statesNone = stated.length === 0 && draft.componentsStated === true
  const components =
    stated.length > 0 || statesNone ? stated : componentsFromWords(draft.title, updates, vendor)
  return {
    id: draft.id,
    aliases: [],
    vendor,
    kind: draft.kind,
    title: draft.title,
    url: httpUrlOrNull(draft.url),
    components,
    componentsInferred: stated.length === 0 && components.length > 0,
    impact,
    impactInferred: draft.kind === 'incident' && draft.impact === null,
    start: toIsoUtc(startMs),
    ...endFromMs(startMs, endMs),
    declaredDurationMinutes: declared.minutes,
    timeline,
    scheduledStart: draft.scheduledStart ?? null,
    scheduledEnd: draft.scheduledEnd ?? null,
    updates,
    flags: [...flags],
    ...(window ? { windowText: window.sentence } : {}),
    ...(statesNone ? { noComponentsStated: true } : {}),
    format,
  }
}
