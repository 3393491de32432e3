import type { Coverage } from '../../model'
import type { IncidentDraft } from '../../normalize/draft'
import {
  MINUTE_MS,
  monthIndex,
  parseInstantMs,
  toIsoUtc,
  type DatedInstant,
} from '../../time/instants'
import { field } from '../json'
import type { EnvelopeKind } from './envelope'
import { parseInstant } from '../../time/parse-instant'

/** The start finalize will choose: declared, else the maintenance window, else the first update. */
function draftStartMs(draft: IncidentDraft): number | null {
  const declared =
    parseInstantMs(draft.declaredStart) ??
    (draft.kind === 'maintenance' ? parseInstantMs(draft.scheduledStart) : null)
  if (declared !== null) return declared
  const times = draft.updates.map((u) => parseInstant(u.at)).filter(Number.isFinite)
  return times.length > 0 ? Math.min(...times) : null
}

function latestInstantMs(drafts: readonly IncidentDraft[]): number | null {
  const times = drafts
    .flatMap((d) => [d.declaredEnd, ...d.updates.map((u) => u.at)])
    .map((t) => parseInstantMs(t))
    .filter((t): t is number => t !== null)
  return times.length > 0 ? Math.max(...times) : null
}

/** First and last instant of the months a history page lists, in the page's offset. */
function monthsSpan(months: readonly unknown[], offsetMinutes: number) {
  const starts = months.flatMap((m) => {
    const index = monthIndex(String(field(m, 'name') ?? ''))
    const year = Number(field(m, 'year'))
    return index >= 0 && Number.isInteger(year) && year >= 1970 && year <= 9999
      ? [{ index, year }]
      : []
  })
  if (starts.length === 0) return null
  const at = (year: number, index: number) => Date.UTC(year, index, 1) - offsetMinutes * MINUTE_MS
  const from = Math.min(...starts.map((s) => at(s.year, s.index)))
  const to = Math.max(...starts.map((s) => at(s.year, s.index + 1)))
  return { from, to }
}

const range = (from: number | null, to: number | null): Coverage => ({
  from: from === null ? null : toIsoUtc(from),
  to: to === null ? null : toIsoUtc(to),
})

/**
 * What a document speaks for. summary.json holds only what is open at capture (page.updated_at),
 * so it covers that instant; a list covers its earliest start to the capture (else its latest
 * update); a history page covers its months up to the capture; one incident or a component list
 * claims no period of its own (null: derived from the incident / nothing).
 */
export function coverageOf(
  kind: EnvelopeKind,
  drafts: readonly IncidentDraft[],
  capture: DatedInstant | null,
  months: readonly unknown[],
): Coverage | null {
  const captureMs = capture?.ms ?? null
  const starts = drafts.map(draftStartMs).filter((t): t is number => t !== null)
  const earliest = starts.length > 0 ? Math.min(...starts) : null
  switch (kind) {
    case 'summary':
      return range(captureMs, captureMs)
    case 'list':
      if (earliest === null) return range(null, null)
      return range(earliest, captureMs ?? latestInstantMs(drafts))
    case 'history': {
      const span = monthsSpan(months, capture?.offsetMinutes ?? 0)
      if (!span) return coverageOf('list', drafts, capture, [])
      const to = captureMs === null ? span.to : Math.max(span.from, Math.min(span.to, captureMs))
      return range(Math.min(span.from, earliest ?? span.from), to)
    }
    case 'incident':
      return null
    case 'components':
      return range(null, null)
  }
}
