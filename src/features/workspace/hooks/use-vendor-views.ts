import { useQueries } from '@tanstack/react-query'
import type { Incident } from '../../../core/model'
import type { SourceRecord, VendorCoverage } from '../archive/archive-types'
import { sourceConfigLabel } from '../components/source-label'
import { historyQueries } from '../loading/history-queries'
import { sourceQueries, type SourceLoad } from '../loading/source-queries'
import { useArchive } from './use-archive'
import { SERVER_SOURCE_ID } from '../team/server-sync'
import type { SourceConfig, VendorConfig } from '../settings/settings-schema'
import { useSettings } from '../settings/use-settings'

interface SourceStatusBase {
  source: SourceConfig
  isFetching: boolean
  record: SourceRecord | null
}

/**
 * A source's latest load by its state. `load` is the last successful load of this session (older
 * loads live in `record`); a failed refetch keeps it. `imported`: a file or pasted text, never refetched.
 */
export type SourceStatus = SourceStatusBase &
  (
    | { status: 'imported'; error: null; load: null }
    | { status: 'pending'; error: null; load: null }
    | { status: 'success'; error: null; load: SourceLoad }
    | { status: 'error'; error: Error; load: SourceLoad | null }
  )

export interface VendorView {
  config: VendorConfig
  /** Every stored incident of the vendor, sources merged, newest first. */
  incidents: Incident[]
  coverage: VendorCoverage | null
  sources: SourceStatus[]
  historyReady: boolean
}

type Loadable = { vendor: VendorConfig; source: Extract<SourceConfig, { kind: 'url' | 'demo' }> }

function loadableSources(vendors: readonly VendorConfig[]): Loadable[] {
  return vendors.flatMap((vendor) =>
    vendor.sources.flatMap((source) => (source.kind === 'import' ? [] : [{ vendor, source }])),
  )
}

/** Every vendor with its stored history and the state of each source's latest load. */
export function useVendorViews(): VendorView[] {
  const settings = useSettings()
  const archive = useArchive()
  const loadable = loadableSources(settings.vendors)
  const loads = useQueries({
    queries: loadable.map(({ vendor, source }) => sourceQueries.load(archive, vendor.id, source)),
  })
  const histories = useQueries({
    queries: settings.vendors.map((vendor) =>
      historyQueries.read(archive, vendor.id, {
        [SERVER_SOURCE_ID]: "the team's server",
        ...Object.fromEntries(vendor.sources.map((s) => [s.id, sourceConfigLabel(s)])),
      }),
    ),
  })
  return settings.vendors.map((config, v) => {
    const history = histories[v]?.data
    const sources = config.sources.map((source): SourceStatus => {
      const record = history?.sourceRecords.find((r) => r.sourceId === source.id) ?? null
      const index = loadable.findIndex(
        (l) => l.vendor.id === config.id && l.source.id === source.id,
      )
      const result = index >= 0 ? loads[index] : undefined
      if (!result)
        return { source, status: 'imported', isFetching: false, error: null, load: null, record }
      const { isFetching } = result
      if (result.status === 'success')
        return { source, status: 'success', isFetching, error: null, load: result.data, record }
      if (result.status === 'error') {
        const load = result.data ?? null
        return { source, status: 'error', isFetching, error: result.error, load, record }
      }
      return { source, status: 'pending', isFetching, error: null, load: null, record }
    })
    return {
      config,
      incidents: history?.incidents ?? [],
      coverage: history?.coverage ?? null,
      sources,
      historyReady: history !== undefined,
    }
  })
}
