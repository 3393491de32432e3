import * as z from 'zod/mini'
import type { IncidentUpdate } from '../../model'
import { emptyFeedDraft, type IncidentDraft } from '../../normalize/draft'
import { parseEpoch, toIsoUtc } from '../../time/instants'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { field, isJsonObject } from '../json'
import { resolveAwsStamps, splitAwsDescription } from './aws-description'
import { impactFromAwsStatusCode, readAwsTitle } from './aws-titles'
import { idSchema, idText, optionalText, readShape, textOrNull, trimmedText } from './shape'
import { htmlUpdate } from './updates'

export const entrySchema = z.object({
  service_name: z.string().check(z.trim(), z.minLength(1)),
  service: z.string().check(z.trim(), z.minLength(1)),
  summary: z.string(),
  date: idSchema,
  status: z.catch(z.nullable(idSchema), null),
  description: optionalText,
})
type AwsEntry = z.output<typeof entrySchema>

/** entrySchema's reading, by hand for the plain shape; the schema reads and words any other. */
export function readAwsEntry(raw: unknown): AwsEntry {
  if (!isJsonObject(raw)) return readShape(entrySchema, raw)
  const serviceName = trimmedText(raw.service_name)
  const service = trimmedText(raw.service)
  const date = idText(raw.date)
  if (serviceName === null || service === null || typeof raw.summary !== 'string' || date === null)
    return readShape(entrySchema, raw)
  return {
    service_name: serviceName,
    service,
    summary: raw.summary,
    date,
    status: idText(raw.status),
    description: textOrNull(raw.description),
  }
}

// AWS writes no label per update: the status stays empty rather than invented.
const UNLABELLED = ''

function readUpdates(entry: AwsEntry, postedMs: number, warnings: string[]): IncidentUpdate[] {
  const runs = splitAwsDescription(entry.description ?? '')
  if (runs.length === 0 && entry.description?.trim()) {
    // A description without stamped runs is one update, posted at the entry's date.
    return [htmlUpdate(toIsoUtc(postedMs), UNLABELLED, entry.description.trim())]
  }
  const instants = resolveAwsStamps(
    postedMs,
    runs.map((run) => run.stamp),
  )
  const updates: IncidentUpdate[] = []
  runs.forEach((run, index) => {
    const ms = instants[index]
    if (ms === null || ms === undefined) {
      const stamp = run.stampText || 'no time'
      warnings.push(
        `Skipped an update of AWS ${entry.service} ${entry.date}: "${stamp}" is not a time we can read.`,
      )
    } else updates.push(htmlUpdate(toIsoUtc(ms), UNLABELLED, run.html))
  })
  return updates
}

function readEntry(raw: unknown, warnings: string[]): IncidentDraft {
  const entry = readAwsEntry(raw)
  const postedMs = parseEpoch(entry.date)
  if (postedMs === null) throw new Error(`date "${entry.date}" is not an epoch time`)
  const title = readAwsTitle(entry.summary)
  return {
    id: `${entry.service}_${entry.date}`,
    kind: 'incident',
    title: title.text,
    url: null,
    components: [entry.service_name],
    impact: impactFromAwsStatusCode(entry.status),
    updates: readUpdates(entry, postedMs, warnings),
    closed: title.resolved,
  }
}

/** Legacy AWS Service Health Dashboard `data.json` (formats.md §7.2): `{archive, current}`. */
export const awsJsonAdapter: FeedAdapter = {
  format: 'aws-json',
  canParse: (input: SniffedInput) =>
    input.kind === 'json' &&
    isJsonObject(input.value) &&
    Array.isArray(field(input.value, 'archive')) &&
    Array.isArray(field(input.value, 'current')),
  parse(input) {
    const draft = emptyFeedDraft()
    draft.vendor = 'AWS'
    if (input.kind !== 'json') return draft
    const entries = ['current', 'archive'].flatMap((list) => {
      const value = field(input.value, list)
      return Array.isArray(value) ? value : []
    })
    draft.items = readEach(
      entries,
      (raw) => readEntry(raw, draft.warnings),
      draft.warnings,
      'AWS event',
    )
    return draft
  },
}
