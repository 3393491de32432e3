import type { ParsedFeed } from '../../../core/model'

/** Where the build puts a demo file as the app's parser reads it (scripts/demo-feeds-plugin.ts). */
export const prebuiltDemoPath = (path: string) => `${path}.feed.json`

const isParsedFeed = (value: unknown): value is ParsedFeed =>
  typeof value === 'object' &&
  value !== null &&
  'format' in value &&
  typeof value.format === 'string' &&
  'incidents' in value &&
  Array.isArray(value.incidents)

/**
 * A demo file parsed at build time, so a first visit fetches neither the parse Worker nor the XML
 * parser; null when there is none (a dev server without the plugin), and the file is parsed here.
 */
export async function fetchPrebuiltDemo(
  path: string,
  signal?: AbortSignal,
): Promise<ParsedFeed | null> {
  try {
    const response = await fetch(prebuiltDemoPath(path), { signal })
    if (!response.ok) return null
    const feed: unknown = await response.json()
    return isParsedFeed(feed) ? feed : null
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    return null
  }
}
