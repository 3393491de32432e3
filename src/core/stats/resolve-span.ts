import type { Incident } from '../model'
import { parseInstant } from '../time/parse-instant'
import { MINUTE_MS } from '../time/instants'

export const DURATION_SOURCES = ['declared', 'timeline'] as const
export type DurationSource = (typeof DURATION_SOURCES)[number]

/** An item's span in epoch milliseconds by the chosen duration source; `end` is null while open. */
export interface ResolvedSpan {
  start: number
  end: number | null
  durationMinutes: number | null
  /** True when `timeline` was asked for but the declared figures had to stand in. */
  fellBack: boolean
}

function spanOf(
  start: string,
  end: string | null,
  durationMinutes: number | null,
  fellBack: boolean,
): ResolvedSpan | null {
  const startMs = parseInstant(start)
  const endMs = end === null ? null : parseInstant(end)
  if (!Number.isFinite(startMs) || startMs < 0 || (endMs !== null && !Number.isFinite(endMs))) {
    return null
  }
  const safeEnd = endMs === null ? null : Math.max(endMs, startMs)
  const duration = durationMinutes ?? (safeEnd === null ? null : (safeEnd - startMs) / MINUTE_MS)
  return { start: startMs, end: safeEnd, durationMinutes: duration, fellBack }
}

/**
 * `declared` reads Incident.start/end/durationMinutes. `timeline` reads Incident.timeline, and falls
 * back to the declared figures when the timeline has no start, or has no end while the declared
 * figures do (a resolved item whose updates never say so). Null when the dates cannot be read.
 */
export function resolveSpan(incident: Incident, source: DurationSource): ResolvedSpan | null {
  const { timeline } = incident
  const timelineUsable = timeline.start !== null && (timeline.end !== null || incident.end === null)
  if (source === 'timeline' && timeline.start !== null && timelineUsable) {
    return spanOf(timeline.start, timeline.end, timeline.durationMinutes, false)
  }
  return spanOf(incident.start, incident.end, incident.durationMinutes, source === 'timeline')
}
