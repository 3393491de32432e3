import type { Incident, ParseError, ParseOutcome, ParsedFeed } from '../model'
import { mergeDuplicates } from '../normalize/dedupe'
import type { FeedDraft } from '../normalize/draft'
import { finalizeIncident } from '../normalize/finalize'
import { httpUrlOrNull } from '../text/http-url'
import type { FeedAdapter, SniffedInput } from './adapter'
import { checkCoverage, checkDraft, checkIncident } from './enforce-invariants'
import { JsonRefusedError } from './json'
import { sniff } from './sniff'
import { MAX_FEED_CHARS, XmlRefusedError } from './xml'
import { parseInstant } from '../time/parse-instant'

export interface ParseOptions {
  /** Overrides the vendor name the feed states. */
  vendor?: string
  /** Where the text came from: a URL or file name; keys pasted incident pages. */
  location?: string
}

function toParseError(error: unknown): ParseError {
  if (error instanceof XmlRefusedError || error instanceof JsonRefusedError) {
    return { kind: error.kind, message: error.message }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { kind: 'malformed', message: `The feed could not be read: ${detail}` }
}

function vendorName(draft: FeedDraft, options: ParseOptions): string {
  if (options.vendor?.trim()) return options.vendor.trim()
  if (draft.vendor?.trim()) return draft.vendor.trim()
  if (draft.pageUrl) {
    try {
      return new URL(draft.pageUrl).hostname
    } catch {
      // fall through to the neutral name
    }
  }
  return 'Unknown vendor'
}

function finalizeFeed(adapter: FeedAdapter, draft: FeedDraft, options: ParseOptions): ParsedFeed {
  const vendor = vendorName(draft, options)
  const warnings = [...draft.warnings]
  const incidents: Incident[] = []
  // The model's invariants are enforced here, once, whatever the adapter (enforce-invariants.ts).
  for (const item of draft.items) {
    const checked = checkDraft(item, warnings)
    if (!checked) continue
    const incident = finalizeIncident(checked, vendor, adapter.format)
    const kept = incident && checkIncident(incident, checked, warnings)
    if (kept) incidents.push(kept)
    else if (!incident) warnings.push(`Skipped "${item.title}": it has no readable date.`)
  }
  // Newest first; each start is read once rather than at every comparison.
  const merged = mergeDuplicates(incidents)
    .map((incident) => ({ incident, startMs: parseInstant(incident.start) }))
    .sort((a, b) => b.startMs - a.startMs)
    .map(({ incident }) => incident)
  const coverage = checkCoverage(draft.coverage, merged, warnings)
  return {
    format: adapter.format,
    vendor,
    pageUrl: httpUrlOrNull(draft.pageUrl),
    components: draft.components,
    incidents: merged,
    coverage,
    capturedAt: draft.capturedAt ?? coverage.to,
    warnings,
  }
}

export function findAdapter(
  adapters: readonly FeedAdapter[],
  input: SniffedInput,
): FeedAdapter | null {
  return adapters.find((adapter) => adapter.canParse(input)) ?? null
}

/** Parses feed text with the given adapters; never throws. */
export function parseFeedWith(
  adapters: readonly FeedAdapter[],
  text: string,
  options: ParseOptions = {},
): ParseOutcome {
  if (text.length > MAX_FEED_CHARS) {
    return { ok: false, error: { kind: 'too_large', message: 'The feed is larger than 16 MiB.' } }
  }
  try {
    const input = sniff(text)
    const adapter = findAdapter(adapters, input)
    if (!adapter && input.kind === 'text' && input.notJson)
      return { ok: false, error: toParseError(input.notJson) }
    if (!adapter) {
      const what = input.kind === 'text' ? 'text' : input.kind.toUpperCase()
      return {
        ok: false,
        error: {
          kind: 'unsupported_format',
          message: `This ${what} is not a status feed format we can read.`,
        },
      }
    }
    return {
      ok: true,
      feed: finalizeFeed(adapter, adapter.parse(input, { location: options.location }), options),
    }
  } catch (error) {
    return { ok: false, error: toParseError(error) }
  }
}
