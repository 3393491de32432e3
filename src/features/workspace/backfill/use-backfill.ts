import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { DEFAULT_BACKFILL_MONTHS } from '../../../core/backfill/plan'
import { historySourceUrl } from '../../../core/backfill/urls'
import { refreshHistory } from '../loading/history-queries'
import { useArchive } from '../hooks/use-archive'
import { validateFeedUrl } from '../settings/feed-url'
import { useSettingsStore } from '../settings/use-settings'
import { createSourceConfig } from '../settings/vendor-config'
import type { ServerWrite } from '../team/server-sync'
import { SERVER_SOURCES_KEY } from '../team/use-server-backfill'
import { useServerSync } from '../team/use-server-sync'
import { createBackfillRuns, type BackfillRun } from './backfill-runs'

/** One set of runs per tab: they outlive the screens that show them. */
const runs = createBackfillRuns()

/** A removed vendor's backfill stops and its saved state goes. */
export function forgetBackfills(vendorIds: readonly string[]) {
  for (const id of vendorIds) runs.forget(id)
}

export function useBackfillRun(vendorId: string): BackfillRun | null {
  const snapshot = useSyncExternalStore(runs.subscribe, runs.snapshot, runs.snapshot)
  return snapshot.get(vendorId) ?? runs.get(vendorId)
}

export type BackfillStartOutcome =
  /** `server`: the request to the server's collector, when the app is connected to its store. */
  { ok: true; server: Promise<ServerWrite> | null } | { ok: false; message: string }

/** Start (or extend, or resume with `months` null), cancel and forget vendors' backfills. */
export function useBackfillActions() {
  const archive = useArchive()
  const store = useSettingsStore()
  const queryClient = useQueryClient()
  const sync = useServerSync()
  return useMemo(() => {
    /** The vendor's history.json source, added when missing: backfill stores under it. */
    const historySource = (vendorId: string, base: string) => {
      const checked = validateFeedUrl(historySourceUrl(base))
      if (!checked.ok) return checked
      const vendor = store.get().vendors.find((v) => v.id === vendorId)
      if (!vendor) return { ok: false as const, message: 'The vendor is gone.' }
      const existing = vendor.sources.find((s) => s.kind === 'url' && s.url === checked.url)
      if (existing) return { ok: true as const, sourceId: existing.id, url: checked.url }
      const source = createSourceConfig({ kind: 'url', url: checked.url }, new Date())
      const saved = store.update((s) => ({
        ...s,
        vendors: s.vendors.map((v) =>
          v.id === vendorId ? { ...v, sources: [...v.sources, source] } : v,
        ),
      }))
      return saved.ok ? { ok: true as const, sourceId: source.id, url: checked.url } : saved
    }
    const start = (vendorId: string, base: string, months: number | null): BackfillStartOutcome => {
      const source = historySource(vendorId, base)
      if (!source.ok) return source
      void runs.start({
        archive,
        vendorId,
        sourceId: source.sourceId,
        base,
        months,
        onHistory: () => void refreshHistory(queryClient, vendorId),
      })
      return { ok: true, server: askServer(vendorId, source, base, months) }
    }
    /** Online, the server's collector runs the backfill too, so it goes on with the tab closed. */
    const askServer = (
      vendorId: string,
      source: { sourceId: string; url: string },
      base: string,
      months: number | null,
    ): Promise<ServerWrite> | null => {
      if (sync?.status().state !== 'online') return null
      const span = months ?? runs.get(vendorId)?.state.months ?? DEFAULT_BACKFILL_MONTHS
      return sync.requestBackfill({ vendorId, ...source, base, months: span }).then((write) => {
        if (write.ok) void queryClient.invalidateQueries({ queryKey: SERVER_SOURCES_KEY })
        return write
      })
    }
    return { start, cancel: runs.cancel, forget: runs.forget }
  }, [archive, store, queryClient, sync])
}
