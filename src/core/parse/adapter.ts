import type { FeedFormat } from '../model'
import type { FeedDraft } from '../normalize/draft'
import type { JsonRefusedError } from './json'
import type { XmlObject } from './xml'

/** A feed after one parse of its text, handed to every adapter's canParse. */
export type SniffedInput =
  | { kind: 'xml'; text: string; doc: XmlObject }
  | { kind: 'json'; text: string; value: unknown }
  | { kind: 'text'; text: string; notJson?: JsonRefusedError }

/** What the caller knows about where the text came from (the page URL a user pasted from). */
export interface ParseContext {
  location?: string
}

/** One feed format: recognized from content (never the URL) and read into drafts. */
export interface FeedAdapter {
  format: FeedFormat
  canParse(input: SniffedInput): boolean
  parse(input: SniffedInput, context?: ParseContext): FeedDraft
}

/** Runs `read` on each item; an item that fails becomes a warning instead of failing the feed. */
export function readEach<T, R>(
  items: readonly T[],
  read: (item: T, index: number) => R | null,
  warnings: string[],
  noun = 'item',
): R[] {
  const out: R[] = []
  items.forEach((item, index) => {
    try {
      const result = read(item, index)
      if (result !== null) out.push(result)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      warnings.push(`Skipped ${noun} ${index + 1}: ${detail}`)
    }
  })
  return out
}
