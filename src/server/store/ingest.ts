import type { ParsedFeed } from '../../core/model'
import { parseFeed } from '../../core/parse/index'
import type { MergeCounts } from '../../features/workspace/archive/archive-types'
import { mergeIncidents } from './archive-repo'
import { storeCapture, type Capture } from './captures-repo'
import { addCoverage } from './coverage-repo'
import type { Queryable } from './database'

export type IngestOutcome =
  | { status: 'unchanged' }
  | { status: 'parsed'; feed: ParsedFeed; counts: MergeCounts }
  | { status: 'unreadable'; message: string }

/**
 * One fetched body into the archive, in `tx`: kept as a raw capture, parsed with the core and merged
 * by incident id. A body this source already returned is not parsed again. `live` bodies speak up to
 * their fetch time (a feed fetched now covers now); a captured file speaks only for its own items.
 */
export async function ingestBody(
  tx: Queryable,
  capture: Capture & { vendorName?: string; live: boolean },
): Promise<IngestOutcome> {
  const { seenBefore } = await storeCapture(tx, capture)
  if (seenBefore) return { status: 'unchanged' }
  return parseAndMerge(tx, capture)
}

/** Parses a body and merges what it says; also used by a reparse, which replays every capture. */
export async function parseAndMerge(
  tx: Queryable,
  capture: Capture & { vendorName?: string; live: boolean },
): Promise<IngestOutcome> {
  const outcome = parseFeed(capture.body, {
    location: capture.location,
    ...(capture.vendorName && { vendor: capture.vendorName }),
  })
  if (!outcome.ok) return { status: 'unreadable', message: outcome.error.message }
  return mergeFeed(tx, capture, outcome.feed)
}

/**
 * A body parsed already (a backfill parses to plan its next step) into the archive, in `tx`: kept
 * as a raw capture and merged like a poll's, unless this source already returned exactly it.
 */
export async function ingestParsed(
  tx: Queryable,
  capture: Capture & { live: boolean },
  feed: ParsedFeed,
): Promise<IngestOutcome> {
  const { seenBefore } = await storeCapture(tx, capture)
  if (seenBefore) return { status: 'unchanged' }
  return mergeFeed(tx, capture, feed)
}

async function mergeFeed(
  tx: Queryable,
  capture: Capture & { live: boolean },
  feed: ParsedFeed,
): Promise<IngestOutcome> {
  const counts = await mergeIncidents(
    tx,
    capture.vendorId,
    capture.sourceId,
    feed.incidents,
    capture.fetchedAt,
  )
  const from = feed.coverage.from
  const fetched = capture.fetchedAt.toISOString()
  const to =
    capture.live && (!feed.coverage.to || feed.coverage.to < fetched) ? fetched : feed.coverage.to
  if (from && to) await addCoverage(tx, capture.vendorId, capture.sourceId, { from, to })
  return { status: 'parsed', feed, counts }
}
