import type { FeedFormat, ParseOutcome } from '../model'
import { FEED_ADAPTERS } from './adapters'
import { findAdapter, parseFeedWith, type ParseOptions } from './parse-feed'
import { sniff } from './sniff'

export type { ParseOptions } from './parse-feed'

/** Parses any supported feed text into normalized incidents; never throws. */
export function parseFeed(text: string, options: ParseOptions = {}): ParseOutcome {
  return parseFeedWith(FEED_ADAPTERS, text, options)
}

/** The format of a feed text, or null when it is none we read (used by discovery). */
export function detectFormat(text: string): FeedFormat | null {
  try {
    return findAdapter(FEED_ADAPTERS, sniff(text))?.format ?? null
  } catch {
    return null
  }
}
