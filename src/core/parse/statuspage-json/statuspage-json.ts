import type { FeedDraft, IncidentDraft } from '../../normalize/draft'
import { emptyFeedDraft } from '../../normalize/draft'
import { parseDated, toIsoUtc } from '../../time/instants'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { field } from '../json'
import { pageComponentNames, readComponents, withNames } from './components'
import { coverageOf } from './coverage'
import { httpUrl, isIncidentIo, readEnvelope, type Envelope } from './envelope'
import { readHistoryMonths } from './history'
import { readIncident, type IncidentContext } from './incident'

type Flavor = IncidentContext['flavor']

const envelopeOf = (input: SniffedInput) =>
  input.kind === 'json' ? readEnvelope(input.value) : null

/** Maintenances first, so an id listed under both keys is read once, as a maintenance. */
function readItems(envelope: Envelope, ctx: Omit<IncidentContext, 'listedAsMaintenance'>) {
  const { warnings } = ctx
  const maintenances = readEach(
    envelope.maintenances,
    (raw) => readIncident(raw, { ...ctx, listedAsMaintenance: true }),
    warnings,
    'scheduled maintenance',
  )
  const seen = new Set(maintenances.map((m) => m.id))
  const incidents = readEach(
    envelope.incidents,
    (raw) => {
      const id = field(raw, 'id')
      return typeof id === 'string' && seen.has(id)
        ? null
        : readIncident(raw, { ...ctx, listedAsMaintenance: false })
    },
    warnings,
    'incident',
  )
  return [...incidents, ...maintenances]
}

function readFeed(input: SniffedInput, flavor: Flavor): FeedDraft {
  const envelope = envelopeOf(input)
  if (!envelope) return emptyFeedDraft()
  const warnings: string[] = []
  const pageUrl = httpUrl(envelope.page.url)
  const capture = parseDated(envelope.page.updated_at)
  const components = readComponents(envelope.components)
  const unreadable = envelope.components.length - components.length
  if (unreadable > 0) warnings.push(`Skipped ${unreadable} component(s) without an id or name.`)
  const items: IncidentDraft[] =
    envelope.kind === 'history'
      ? readHistoryMonths(envelope.months, { pageUrl, reference: capture, warnings })
      : readItems(envelope, { flavor, pageUrl, names: withNames(new Map(), components), warnings })
  return {
    vendor: envelope.page.name?.trim() || null,
    pageUrl,
    components: pageComponentNames(components),
    items,
    coverage: coverageOf(envelope.kind, items, capture, envelope.months),
    capturedAt: capture ? toIsoUtc(capture.ms) : null,
    warnings,
  }
}

/** Statuspage `/api/v2/*.json` (summary, incidents, scheduled maintenances, one incident, components) and `/history.json`. */
export const statuspageJsonAdapter: FeedAdapter = {
  format: 'statuspage-json',
  canParse(input) {
    const envelope = envelopeOf(input)
    return envelope !== null && !isIncidentIo(envelope)
  },
  parse: (input) => readFeed(input, 'statuspage'),
}

/** incident.io's Statuspage-compatible `/api/v2/summary.json` and `/api/v2/incidents.json`. */
export const incidentioJsonAdapter: FeedAdapter = {
  format: 'incidentio-json',
  canParse(input) {
    const envelope = envelopeOf(input)
    return envelope !== null && isIncidentIo(envelope)
  },
  parse: (input) => readFeed(input, 'incidentio'),
}
