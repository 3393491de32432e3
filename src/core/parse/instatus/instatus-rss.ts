import type { IncidentFlag, IncidentUpdate } from '../../model'
import type { FeedDraft, IncidentDraft } from '../../normalize/draft'
import { markdownToText } from '../../text/html-to-text'
import { parseDated, toIsoUtc } from '../../time/instants'
import { createStampResolver, makeWallStamp, type WallStamp } from '../../time/stamps'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { asArray, child, childText, mayHoldWord, textOf, type XmlNode } from '../xml'
import { parseDurationWords } from './duration-words'

// "Jun 1, 05:00:00 GMT+0 - Identified - " opens each update inside the plain-text description.
const STAMP =
  /([A-Z][a-z]{2}) (\d{1,2}), (\d{1,2}:\d{2}(?::\d{2})?) (\S+) - ([A-Za-z][A-Za-z ]*?) - /g
const TYPE_LINE = /^\s*Type:\s*(Incident|Maintenance)\s*$/im
// What every TYPE_LINE holds: other feeds' descriptions are ruled out without decoding them.
const TYPE_WORD = /type:/i

function channelItems(input: SniffedInput): XmlNode[] {
  if (input.kind !== 'xml') return []
  return asArray(child(child(child(input.doc, 'rss'), 'channel'), 'item'))
}

const HEADER_LABELS = ['Affected Components', 'Duration'] as const
// Compiled once, not per item and label.
const HEADER_LINES = new Map(
  HEADER_LABELS.map((label) => [label, new RegExp(`^\\s*${label}:[ \\t]*(.*)$`, 'im')]),
)

function headerValue(description: string, label: (typeof HEADER_LABELS)[number]): string | null {
  const match = HEADER_LINES.get(label)?.exec(description)
  return match ? (match[1] ?? '').trim() : null
}

interface RawUpdate {
  /** null when the stamp names a day or time that does not exist. */
  stamp: WallStamp | null
  stampText: string
  status: string
  body: string
}

function splitUpdates(description: string): RawUpdate[] {
  const matches = [...description.matchAll(STAMP)]
  return matches.flatMap((match, i) => {
    const [, month, day, time, zone, status] = match
    const stamp = makeWallStamp(month ?? '', day ?? '', time ?? '', zone ?? '')
    const from = (match.index ?? 0) + match[0].length
    const to = matches[i + 1]?.index ?? description.length
    const stampText = `${month} ${day}, ${time} ${zone}`
    return [
      { stamp, stampText, status: (status ?? '').trim(), body: description.slice(from, to).trim() },
    ]
  })
}

function readItem(item: XmlNode, warnings: string[]): IncidentDraft | null {
  const title = childText(item, 'title')
  const description = textOf(asArray(child(item, 'description'))[0])
  const link = childText(item, 'link')
  const id = childText(item, 'guid') || link
  const pubDate = parseDated(childText(item, 'pubDate'))
  if (!id) throw new Error(`"${title}" has no guid or link`)
  if (!pubDate) throw new Error(`"${title}" has no readable pubDate`)
  const typeWord = TYPE_LINE.exec(description)?.[1]?.toLowerCase()
  const kind =
    typeWord === 'maintenance' || (!typeWord && /\/maintenance\//.test(link))
      ? 'maintenance'
      : 'incident'
  const components = (headerValue(description, 'Affected Components') ?? '')
    .split(',')
    .map((c) => c.trim())
  const raw = splitUpdates(description)
  const resolve = createStampResolver(
    pubDate,
    raw.flatMap((u) => (u.stamp ? [u.stamp] : [])),
  )
  const flags: IncidentFlag[] = []
  const updates = raw.flatMap((u): IncidentUpdate[] => {
    const { stamp } = u
    const resolved = stamp && resolve(stamp)
    if (!resolved) {
      warnings.push(
        `"${title}": skipped the update of ${u.stampText}, a day or time that does not exist.`,
      )
      return []
    }
    const { ms, zoneAssumed } = resolved
    if (zoneAssumed) {
      flags.push('timezone_assumed')
      warnings.push(`"${title}": unknown zone "${stamp.zone}"; the item's own offset was used.`)
    }
    return [
      {
        at: toIsoUtc(ms),
        status: u.status,
        text: markdownToText(u.body),
        body: u.body,
        bodyFormat: 'markdown',
      },
    ]
  })
  const encoded = textOf(asArray(child(item, 'content:encoded'))[0])
  const smallBlocks = (encoded.match(/&lt;small&gt;|<small>/g) ?? []).length
  if (encoded && smallBlocks !== updates.length) {
    warnings.push(
      `"${title}": ${updates.length} updates in the description but ${smallBlocks} in content:encoded.`,
    )
  }
  return {
    id,
    kind,
    title,
    url: link || null,
    components,
    impact: null,
    updates,
    declaredStart: toIsoUtc(pubDate.ms),
    declaredDurationMinutes: parseDurationWords(headerValue(description, 'Duration') ?? ''),
    flags,
  }
}

/** Instatus /history.rss: "Type:", "Duration:" and "Affected Components:" lines, then the updates. */
export const instatusRssAdapter: FeedAdapter = {
  format: 'instatus-rss',
  canParse: (input) =>
    channelItems(input).some((item) => {
      const description = asArray(child(item, 'description'))[0]
      return mayHoldWord(description, TYPE_WORD) && TYPE_LINE.test(textOf(description))
    }),
  parse(input) {
    const channel = input.kind === 'xml' ? child(child(input.doc, 'rss'), 'channel') : undefined
    const warnings: string[] = []
    const items = readEach(channelItems(input), (item) => readItem(item, warnings), warnings)
    const title = childText(channel, 'title')
    const vendor = title
      .replace(/\s*-\s*Incident history\s*$/i, '')
      .replace(/\s+Status$/i, '')
      .trim()
    const draft: FeedDraft = {
      vendor: vendor || childText(channel, 'description') || null,
      pageUrl: childText(channel, 'link') || null,
      components: [],
      items,
      coverage: null,
      warnings,
    }
    return draft
  },
}
