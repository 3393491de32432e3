import type { CatalogueVendor } from './catalogue'
import type { VendorConfig } from '../../workspace/settings/settings-schema'
import { PLATFORM_WORDS } from './platform-words'

const hostOf = (address: string) => {
  try {
    return new URL(address).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

/** Catalogue entries whose name, address or platform contains the search text, case-insensitive. */
export function searchCatalogue(
  catalogue: readonly CatalogueVendor[],
  text: string,
): CatalogueVendor[] {
  const needle = text.trim().toLowerCase()
  if (!needle) return [...catalogue]
  return catalogue.filter((vendor) =>
    [vendor.name, vendor.statusPage, vendor.platform, PLATFORM_WORDS[vendor.platform]].some(
      (field) => field.toLowerCase().includes(needle),
    ),
  )
}

export interface AddedIndex {
  byName: ReadonlyMap<string, VendorConfig>
  byHost: ReadonlyMap<string, VendorConfig>
}

/** Added vendors by lower-case name and by the hosts of their feeds, built once per render. */
export function indexAddedVendors(vendors: readonly VendorConfig[]): AddedIndex {
  const byName = new Map<string, VendorConfig>()
  const byHost = new Map<string, VendorConfig>()
  for (const vendor of vendors) {
    if (!byName.has(vendor.name.toLowerCase())) byName.set(vendor.name.toLowerCase(), vendor)
    for (const source of vendor.sources) {
      const host = source.kind === 'url' ? hostOf(source.url) : null
      if (host && !byHost.has(host)) byHost.set(host, vendor)
    }
  }
  return { byName, byHost }
}

/** The added vendor a catalogue entry corresponds to: same name, or a feed on its status page's host. */
export function findAddedVendor(
  entry: CatalogueVendor,
  added: AddedIndex,
): VendorConfig | undefined {
  const host = hostOf(entry.statusPage)
  return added.byName.get(entry.name.toLowerCase()) ?? (host ? added.byHost.get(host) : undefined)
}
