/** The normalized incident model every adapter produces and every statistic consumes. */

export const INCIDENT_KINDS = ['incident', 'maintenance'] as const
export type IncidentKind = (typeof INCIDENT_KINDS)[number]

/** Worst first: the order is used to pick the worst active level. */
export const IMPACT_LEVELS = [
  'major_outage',
  'partial_outage',
  'degraded_performance',
  'unknown',
  'none',
] as const
export type ImpactLevel = (typeof IMPACT_LEVELS)[number]

/** Statuspage component states, as written in `affected_components` and `components[].status`. */
export const COMPONENT_STATUSES = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
] as const
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number]

export const FEED_FORMATS = [
  'instatus-rss',
  'statuspage-incident-text',
  'statuspage-rss',
  'statuspage-atom',
  'statuspage-json',
  'incidentio-json',
  'gcp-json',
  'aws-json',
  'aws-rss',
  'statusio-json',
  'slack-json',
  'heroku-json',
  'generic-rss',
  'generic-atom',
] as const
export type FeedFormat = (typeof FEED_FORMATS)[number]

export const BODY_FORMATS = ['html', 'markdown', 'text'] as const
export type BodyFormat = (typeof BODY_FORMATS)[number]

/** Things a reader of a figure should know about the incident behind it. */
export const INCIDENT_FLAGS = [
  'duration_discrepancy', // declared and timeline durations disagree by > 50 % and > 30 min
  'no_resolution', // no resolving update although the source says it is over
  'resolved_only', // a single resolving update: backfilled, start = end
  'upcoming', // a maintenance that has not started yet
  'timezone_assumed', // an update stamp's zone word was unknown; the item's own offset was used
  'merged_duplicate', // identical items under several ids were merged
  'duration_unknown', // the source gives one date per item: counted as zero minutes
  'window_from_text', // start and end read from the window a lone resolving update states
  'invalid_end', // an end, scheduled end or duration before the start was dropped, not clamped
] as const
export type IncidentFlag = (typeof INCIDENT_FLAGS)[number]

/** Every time of the model lies in these years (UTC); a value outside them is refused as bad data. */
export const MODEL_YEARS = { first: 1990, last: 2100 } as const

export interface ComponentChange {
  component: string
  from: ComponentStatus | null
  to: ComponentStatus
}

export interface IncidentUpdate {
  /** ISO 8601 UTC. */
  at: string
  /** The label as the vendor wrote it ("Investigating", "In progress", "Postmortem"). */
  status: string
  /** Plain text: entities decoded exactly once, tags removed. */
  text: string
  /** The raw body, for sanitized display later. */
  body: string
  bodyFormat: BodyFormat
  /** Per-component status changes, where the source gives them (Statuspage JSON). */
  componentChanges?: ComponentChange[]
}

export interface DurationFigures {
  start: string | null
  end: string | null
  durationMinutes: number | null
}

/** Which source supplied each merged fact (source labels: ids or locations chosen by the caller). */
export interface Provenance {
  updates: string
  components: string | null
  impact: string | null
  duration: string
}

/** What an incident is apart from its end: {@link Incident} ties `end` and `durationMinutes` together. */
export interface IncidentFacts {
  /** guid, incident code or URL; never the title. */
  id: string
  /** Other ids of identical items merged into this one. */
  aliases: string[]
  vendor: string
  kind: IncidentKind
  title: string
  url: string | null
  components: string[]
  /** The source names none: they were read from the title and the updates' words. */
  componentsInferred: boolean
  /** The source states that no component was affected (Statuspage JSON `components: []`). */
  noComponentsStated?: boolean
  /** `none` for maintenance. */
  impact: ImpactLevel
  impactInferred: boolean
  /** ISO 8601 UTC, by the declared rule (see README "Duration rule"). */
  start: string
  /** null when the source declares no duration. */
  declaredDurationMinutes: number | null
  /** The same figures from the published updates alone. */
  timeline: DurationFigures
  scheduledStart: string | null
  scheduledEnd: string | null
  /** Oldest first. */
  updates: IncidentUpdate[]
  flags: IncidentFlag[]
  /** With `window_from_text`: the sentence that states the window, quoted as written. */
  windowText?: string
  format: FeedFormat
  /** Set when several sources were merged into this incident. */
  provenance?: Provenance
}

/** Open incidents have neither an end nor a duration; resolved ones have both. */
export type IncidentEnd =
  | { /** ISO 8601 UTC. */ end: string; durationMinutes: number }
  | { end: null; durationMinutes: null }

export type Incident = IncidentFacts & IncidentEnd

export interface Coverage {
  /** The earliest instant the source speaks for (ISO UTC), or null when it speaks for none. */
  from: string | null
  /** The latest instant (usually the capture time). */
  to: string | null
}

export interface ParsedFeed {
  format: FeedFormat
  /** Vendor name as the feed states it, or null. */
  vendor: string | null
  /** The status page's own address, when the feed gives it. */
  pageUrl: string | null
  /** Known component names (JSON sources), in page order. */
  components: string[]
  incidents: Incident[]
  coverage: Coverage
  /**
   * When this copy of the feed was made (ISO UTC): the feed's own date (Atom `updated`, RSS
   * `lastBuildDate`, JSON `page.updated_at`), else the latest instant it speaks for. Merging many
   * captures lets the most recent one win.
   */
  capturedAt: string | null
  /** Items skipped or values assumed, in words a user understands. */
  warnings: string[]
}

export const PARSE_ERROR_KINDS = ['unsupported_format', 'malformed', 'too_large', 'unsafe'] as const
export type ParseErrorKind = (typeof PARSE_ERROR_KINDS)[number]

export interface ParseError {
  kind: ParseErrorKind
  message: string
}

export type ParseOutcome = { ok: true; feed: ParsedFeed } | { ok: false; error: ParseError }

export function isComponentStatus(value: unknown): value is ComponentStatus {
  return (COMPONENT_STATUSES as readonly unknown[]).includes(value)
}
