import type { ImpactLevel, IncidentUpdate } from '../../model'
import type { IncidentDraft } from '../../normalize/draft'
import { isResolvingStatus } from '../../normalize/statuses'
import { htmlToText } from '../../text/html-to-text'
import { toIsoUtc } from '../../time/instants'

/** One RSS item or Atom entry, as the generic adapters read it. */
export interface FeedEntry {
  id: string
  title: string
  link: string | null
  ms: number
  body: string
}

// Better Stack and others put the state in front of the title: "[Resolved] Database issues".
const STATUS_PREFIX = /^\s*\[([A-Za-z][A-Za-z ]{1,30})\]\s*/
// incident.io's feed body: "<b>Status: Identified</b> … <li>Connectors (Degraded performance)</li>".
// Better Stack guids name the update: https://status.example.com/incidents/98765#update-11111
const UPDATE_FRAGMENT = /#update-[^#]*$/
const STATUS_LINE = /<b>\s*Status:\s*([^<]+)<\/b>/i
const COMPONENT_ITEM =
  /<li>\s*([^<]+?)\s*\((Operational|Degraded performance|Partial outage|Full outage|Under maintenance)\)\s*<\/li>/gi
const LEVELS: Record<string, ImpactLevel | 'maintenance' | null> = {
  'full outage': 'major_outage',
  'partial outage': 'partial_outage',
  'degraded performance': 'degraded_performance',
  'under maintenance': 'maintenance',
  operational: null,
}
const WORST: ImpactLevel[] = ['major_outage', 'partial_outage', 'degraded_performance']

function statusOf(entry: FeedEntry): string | null {
  return (
    STATUS_PREFIX.exec(entry.title)?.[1]?.trim() ??
    STATUS_LINE.exec(entry.body)?.[1]?.trim() ??
    null
  )
}

function componentLevels(body: string): {
  names: string[]
  impact: ImpactLevel | null
  maintenance: boolean
} {
  const names: string[] = []
  const levels = new Set<ImpactLevel | 'maintenance'>()
  for (const [, name, label] of body.matchAll(COMPONENT_ITEM)) {
    names.push((name ?? '').trim())
    const level = LEVELS[(label ?? '').toLowerCase()]
    if (level) levels.add(level)
  }
  return {
    names,
    impact: WORST.find((l) => levels.has(l)) ?? null,
    maintenance: levels.has('maintenance'),
  }
}

/** Entries whose ids differ only in an "#update-…" fragment are updates of one incident. */
export function groupEntries(entries: readonly FeedEntry[]): FeedEntry[][] {
  const groups = new Map<string, FeedEntry[]>()
  for (const entry of entries) {
    const key = entry.id.replace(UPDATE_FRAGMENT, '')
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  return [...groups.values()]
}

/**
 * One incident from a group of entries, reading only what they state: the status prefix or
 * "Status:" line, listed component levels; the kind from those or the word "maintenance" in the
 * title. A lone entry gives a single date, so its duration is unknown.
 */
export function draftFromEntries(group: readonly FeedEntry[]): IncidentDraft | null {
  const sorted = [...group].sort((a, b) => a.ms - b.ms)
  const latest = sorted.at(-1)
  if (!latest) return null
  const updates: IncidentUpdate[] = sorted.map((entry) => ({
    at: toIsoUtc(entry.ms),
    status: statusOf(entry) ?? 'Posted',
    text: htmlToText(entry.body),
    body: entry.body,
    bodyFormat: 'html',
  }))
  const levels = componentLevels(latest.body)
  const title = latest.title.replace(STATUS_PREFIX, '').trim() || latest.title
  const stated = updates.some((u) => u.status !== 'Posted')
  const maintenance = levels.maintenance || /\b(maintenance|scheduled)\b/i.test(title)
  const resolved = updates.some((u) => isResolvingStatus(u.status))
  return {
    id: latest.id.replace(UPDATE_FRAGMENT, ''),
    kind: maintenance ? 'maintenance' : 'incident',
    title,
    url: latest.link,
    components: levels.names,
    impact: levels.impact,
    updates,
    closed: resolved || !stated,
    flags: stated ? [] : ['duration_unknown'],
  }
}
