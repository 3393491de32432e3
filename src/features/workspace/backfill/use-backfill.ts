import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { historySourceUrl } from '../../../core/backfill/urls'
import { refreshHistory } from '../loading/history-queries'
import { useArchive } from '../services'
import { validateFeedUrl } from '../settings/feed-url'
import { useSettingsStore } from '../settings/use-settings'
import { createSourceConfig } from '../settings/vendor-config'
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

export type BackfillStartOutcome = { ok: true } | { ok: false; message: string }

/** Start (or extend, or resume with `months` null), cancel and forget vendors' backfills. */
export function useBackfillActions() {
  const archive = useArchive()
  const store = useSettingsStore()
  const queryClient = useQueryClient()
  return useMemo(() => {
    /** The vendor's history.json source, added when missing: backfill stores under it. */
    const historySource = (vendorId: string, base: string) => {
      const checked = validateFeedUrl(historySourceUrl(base))
      if (!checked.ok) return checked
      const vendor = store.get().vendors.find((v) => v.id === vendorId)
      if (!vendor) return { ok: false as const, message: 'The vendor is gone.' }
      const existing = vendor.sources.find((s) => s.kind === 'url' && s.url === checked.url)
      if (existing) return { ok: true as const, sourceId: existing.id }
      const source = createSourceConfig({ kind: 'url', url: checked.url }, new Date())
      const saved = store.update((s) => ({
        ...s,
        vendors: s.vendors.map((v) =>
          v.id === vendorId ? { ...v, sources: [...v.sources, source] } : v,
        ),
      }))
      return saved.ok ? { ok: true as const, sourceId: source.id } : saved
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
      return { ok: true }
    }
    return { start, cancel: runs.cancel, forget: runs.forget }
  }, [archive, store, queryClient])
}
