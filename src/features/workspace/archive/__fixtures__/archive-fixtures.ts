import { readFixture } from '../../../../core/__fixtures__/fixtures'
import type { Coverage, Incident, ParsedFeed } from '../../../../core/model'
import { parseFeed } from '../../../../core/parse'
import { makeIncident, makeUpdate } from '../../../../core/__fixtures__/make-incident'
import type { VendorConfig } from '../../settings/settings-schema'

export { makeIncident, makeUpdate }

export function makeFeed(
  incidents: Incident[],
  coverage: Coverage = { from: null, to: null },
  overrides: Partial<ParsedFeed> = {},
): ParsedFeed {
  return {
    format: 'statuspage-atom',
    vendor: 'Acme',
    pageUrl: 'https://status.acme.test',
    components: [],
    incidents,
    coverage,
    capturedAt: coverage.to,
    warnings: [],
    ...overrides,
  }
}

/** A real feed from src/core/__fixtures__, parsed by the app's own parser. */
export function parseFixture(path: string): ParsedFeed {
  const outcome = parseFeed(readFixture(path), { location: path })
  if (!outcome.ok) throw new Error(`${path}: ${outcome.error.message}`)
  return outcome.feed
}

export function makeVendorConfig(
  id: string,
  sourceIds: string[],
  overrides: Partial<VendorConfig> = {},
): VendorConfig {
  return {
    id,
    name: `Vendor ${id}`,
    sources: sourceIds.map((sourceId) => ({
      id: sourceId,
      kind: 'url',
      url: `https://${sourceId}.example.com/history.atom`,
    })),
    slaTarget: 99.9,
    excludedComponents: [],
    demo: false,
    addedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }
}
