import type { IncidentUpdate } from '../../model'
import type { FeedDraft, IncidentDraft } from '../../normalize/draft'
import { kindFromStatuspageLabels } from '../../normalize/statuses'
import { tidyText } from '../../text/html-to-text'
import { toIsoUtc } from '../../time/instants'
import { createStampResolver, makeWallStamp } from '../../time/stamps'
import type { FeedAdapter, ParseContext, SniffedInput } from '../adapter'
import { parseAffectedComponents } from './affected-components'

const REPORT_FOR = /^Incident Report for (.+)$/m
const POSTED =
  /^Posted ([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) - (\d{1,2}:\d{2}(?::\d{2})?) ?([A-Za-z][A-Za-z+\-0-9:]*)?\s*$/gm
const AFFECTED = /^This incident affected:\s*(.+)$/m

function text(input: SniffedInput): string {
  return input.kind === 'text' ? input.text.replace(/\r\n?/g, '\n') : ''
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** One update per "Posted" line: the first non-empty line before it is the label, the rest the body. */
function readUpdates(
  page: string,
  bodyStart: number,
  warnings: string[],
): { updates: IncidentUpdate[]; zoneAssumed: boolean } {
  const posted = [...page.matchAll(POSTED)]
  const stamps = posted.map(([, month, day, year, time, zone]) =>
    makeWallStamp(month ?? '', day ?? '', time ?? '', zone ?? '', year ?? null),
  )
  const resolve = createStampResolver(
    null,
    stamps.flatMap((s) => (s ? [s] : [])),
  )
  let zoneAssumed = false
  let blockStart = bodyStart
  const updates: IncidentUpdate[] = []
  posted.forEach((match, i) => {
    const block = page.slice(blockStart, match.index).replace(/^\s*\n/, '')
    blockStart = (match.index ?? 0) + match[0].length
    const stamp = stamps[i]
    const [label = '', ...rest] = block.trim().split('\n')
    if (!label.trim()) return
    const resolved = stamp && resolve(stamp)
    if (!resolved) {
      warnings.push(`Skipped the update posted "${match[0].trim()}": that day does not exist.`)
      return
    }
    if (resolved.zoneAssumed) {
      zoneAssumed = true
      warnings.push(`Unknown zone "${stamp.zone}" in "${match[0].trim()}"; read as UTC.`)
    }
    const body = tidyText(rest.join('\n'))
    updates.push({
      at: toIsoUtc(resolved.ms),
      status: label.trim(),
      text: body,
      body,
      bodyFormat: 'text',
    })
  })
  return { updates, zoneAssumed }
}

function readPage(page: string, context: ParseContext | undefined): FeedDraft {
  const warnings: string[] = []
  const reportFor = REPORT_FOR.exec(page)
  const vendor = reportFor?.[1]?.trim() ?? null
  const title =
    page
      .slice(0, reportFor?.index ?? 0)
      .trim()
      .split('\n')[0]
      ?.trim() ?? ''
  const bodyStart = (reportFor?.index ?? 0) + (reportFor?.[0].length ?? 0)
  const { updates, zoneAssumed } = readUpdates(page, bodyStart, warnings)
  const affected = AFFECTED.exec(page)?.[1]
  const oldest = updates.reduce<string | null>(
    (min, u) => (min === null || u.at < min ? u.at : min),
    null,
  )
  const location = context?.location?.trim()
  const id =
    location && /^https?:\/\//i.test(location)
      ? location
      : `${slug(vendor ?? 'vendor')}:${slug(title)}:${oldest ?? 'undated'}`
  const item: IncidentDraft = {
    id,
    kind: kindFromStatuspageLabels(updates.map((u) => u.status)) ?? 'incident',
    title,
    url: location && /^https?:\/\//i.test(location) ? location : null,
    components: affected ? parseAffectedComponents(affected) : [],
    impact: null,
    updates,
    flags: zoneAssumed ? ['timezone_assumed'] : [],
  }
  return {
    vendor,
    pageUrl: null,
    components: [],
    items: updates.length > 0 ? [item] : [],
    coverage: null,
    warnings,
  }
}

/** The text of a Statuspage incident page, copied from a browser (the Voyado founding document). */
export const incidentPageTextAdapter: FeedAdapter = {
  format: 'statuspage-incident-text',
  canParse: (input) =>
    REPORT_FOR.test(text(input)) && new RegExp(POSTED.source, 'm').test(text(input)),
  parse: (input, context) => readPage(text(input), context),
}
