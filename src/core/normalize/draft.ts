import type { Coverage, ImpactLevel, IncidentFlag, IncidentKind, IncidentUpdate } from '../model'

/** What an adapter reads from one feed item, before the shared duration and impact rules. */
export interface IncidentDraft {
  id: string
  kind: IncidentKind
  title: string
  url: string | null
  components: string[]
  /** The source gives a components list for this item, even an empty one: nothing is inferred. */
  componentsStated?: boolean
  /** null: the source gives none; inferred from the title for incidents. */
  impact: ImpactLevel | null
  /** Any order; finalizing sorts them oldest first. */
  updates: IncidentUpdate[]
  /** Source-declared start/end (JSON started_at/resolved_at, Instatus pubDate), ISO UTC. */
  declaredStart?: string | null
  declaredEnd?: string | null
  /** Source-declared duration (Instatus "Duration:"). */
  declaredDurationMinutes?: number | null
  scheduledStart?: string | null
  scheduledEnd?: string | null
  /** The source says the item is over even if no update says so (JSON status, [RESOLVED]). */
  closed?: boolean
  flags?: IncidentFlag[]
}

/** What an adapter returns for a whole feed. */
export interface FeedDraft {
  vendor: string | null
  pageUrl: string | null
  components: string[]
  items: IncidentDraft[]
  /** null: derive from the items (earliest start to latest update). */
  coverage: Coverage | null
  /** The feed's own date, ISO UTC, when it states one. */
  capturedAt?: string | null
  warnings: string[]
}

export function emptyFeedDraft(): FeedDraft {
  return { vendor: null, pageUrl: null, components: [], items: [], coverage: null, warnings: [] }
}
