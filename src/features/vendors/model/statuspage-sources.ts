import { missingJsonSources, statuspageBase } from '../../../core/backfill/urls'
import type { FeedFormat } from '../../../core/model'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import type { FeedCandidate } from '../api/discover-queries'

const STATUSPAGE_FORMATS: readonly FeedFormat[] = [
  'statuspage-atom',
  'statuspage-rss',
  'statuspage-json',
]

/** The Statuspage page behind a feed of a known Statuspage format, else null. */
export function statuspageBaseOf(url: string, format: FeedFormat | null): string | null {
  return format && STATUSPAGE_FORMATS.includes(format) ? statuspageBase(url) : null
}

/**
 * The feeds a new vendor subscribes to by default: the best one and, when it is a Statuspage feed,
 * every other Statuspage source of the same page (history feed and the three JSON documents).
 */
export function defaultCandidates(candidates: readonly FeedCandidate[]): FeedCandidate[] {
  const [best] = candidates
  if (!best) return []
  const base = statuspageBaseOf(best.url, best.format)
  if (!base) return [best]
  const history = (c: FeedCandidate) => c.format !== 'statuspage-json'
  return candidates.filter(
    (c, index) =>
      statuspageBaseOf(c.url, c.format) === base &&
      // One history feed is enough: Atom and RSS carry the same items.
      (!history(c) || c === best || !candidates.slice(0, index).some(history)),
  )
}

/** The Statuspage page a vendor reads, judged by the formats its loaded sources turned out to be. */
export function statuspageBaseOfView(view: VendorView): string | null {
  for (const status of view.sources) {
    if (status.source.kind !== 'url') continue
    const format = status.load?.format ?? status.record?.format ?? null
    const base = statuspageBaseOf(status.source.url, format)
    if (base) return base
  }
  return null
}

/** The Statuspage JSON sources a vendor reading a Statuspage page does not read yet. */
export function missingSourcesOfView(view: VendorView): string[] {
  const base = statuspageBaseOfView(view)
  if (!base) return []
  const urls = view.sources.flatMap((s) => (s.source.kind === 'url' ? [s.source.url] : []))
  return missingJsonSources(base, urls)
}
