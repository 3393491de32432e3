import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ParsedFeed } from '../../../core/model'
import { DEMO_VENDORS } from '../model/demo-vendors'
import { refreshHistory } from '../loading/history-queries'
import { sourceQueries } from '../loading/source-queries'
import { useArchive } from './use-archive'
import type { Settings, VendorConfig } from '../settings/settings-schema'
import { createSourceConfig, createVendorConfig, type NewVendor } from '../settings/vendor-config'
import { useSettingsStore } from '../settings/use-settings'

export type ActionOutcome<T = void> = { ok: true; value: T } | { ok: false; message: string }

const done = <T>(value: T): ActionOutcome<T> => ({ ok: true, value })
const failed = (message: string): ActionOutcome<never> => ({ ok: false, message })

// Backfills come with the screens that start them; a removed vendor's saved one goes all the same
// (and when their code cannot load, none ran in this tab: the vendor is removed regardless).
const forgetBackfills = (ids: readonly string[]) =>
  import('../backfill/use-backfill').then(
    (backfill) => backfill.forgetBackfills(ids),
    () => undefined,
  )

/** Everything that changes the workspace: vendors, their settings, imports and refreshes. */
export function useWorkspaceActions() {
  const store = useSettingsStore()
  const archive = useArchive()
  const queryClient = useQueryClient()

  return useMemo(() => {
    const updateSettings = (fn: (s: Settings) => Settings): ActionOutcome => {
      const result = store.update(fn)
      return result.ok ? done(undefined) : failed(result.message)
    }
    const addVendor = (input: NewVendor): ActionOutcome<VendorConfig> => {
      const created = createVendorConfig(input)
      if (!created.ok) return created
      const saved = updateSettings((s) => ({ ...s, vendors: [...s.vendors, created.vendor] }))
      return saved.ok ? done(created.vendor) : saved
    }
    const updateVendor = (
      id: string,
      patch: Partial<Pick<VendorConfig, 'name' | 'slaTarget' | 'excludedComponents'>>,
    ) =>
      updateSettings((s) => ({
        ...s,
        vendors: s.vendors.map((v) => (v.id === id ? { ...v, ...patch } : v)),
      }))
    const removeVendors = async (ids: readonly string[]) => {
      const result = updateSettings((s) => ({
        ...s,
        vendors: s.vendors.filter((v) => !ids.includes(v.id)),
      }))
      await forgetBackfills(ids)
      for (const id of ids) {
        queryClient.removeQueries({ queryKey: sourceQueries.vendor(id) })
        await archive.removeVendor(id)
      }
      void refreshHistory(queryClient)
      return result
    }
    /** Reads a file or pasted text; a bad one changes nothing. */
    const importText = async (
      text: string,
      name: string,
      vendorId?: string,
    ): Promise<ActionOutcome<ParsedFeed>> => {
      const { parseOffThread } = await import('../loading/parse-off-thread')
      const outcome = await parseOffThread(text, { location: name })
      if (!outcome.ok) return failed(`${name}: ${outcome.error.message}`)
      const feed = outcome.feed
      if (feed.incidents.length === 0)
        return failed(`${name}: the ${feed.format} file holds no incidents.`)
      const source = createSourceConfig(
        { kind: 'import', name: name.slice(0, 255) || 'pasted text' },
        new Date(),
      )
      let target = vendorId
      if (target) {
        const added = updateSettings((s) => ({
          ...s,
          vendors: s.vendors.map((v) =>
            v.id === target ? { ...v, sources: [...v.sources, source] } : v,
          ),
        }))
        if (!added.ok) return added
      } else {
        const created = createVendorConfig({ name: feed.vendor ?? name, sources: [] })
        if (!created.ok) return created
        target = created.vendor.id
        const added = updateSettings((s) => ({
          ...s,
          vendors: [...s.vendors, { ...created.vendor, sources: [source] }],
        }))
        if (!added.ok) return added
      }
      await archive.mergeLoad(target, source.id, feed, new Date().toISOString())
      void refreshHistory(queryClient, target)
      return done(feed)
    }
    const refresh = (vendorId?: string) =>
      queryClient.invalidateQueries({
        queryKey: vendorId ? sourceQueries.vendor(vendorId) : sourceQueries.all(),
      })
    const loadDemo = () =>
      updateSettings((s) => {
        const existing = new Set(s.vendors.map((v) => v.name))
        const demo = DEMO_VENDORS.filter((v) => !existing.has(v.name)).flatMap((v) => {
          const created = createVendorConfig(v)
          return created.ok ? [created.vendor] : []
        })
        return { ...s, demoLoaded: true, vendors: [...s.vendors, ...demo] }
      })
    const clearDemo = () =>
      removeVendors(
        store
          .get()
          .vendors.filter((v) => v.demo)
          .map((v) => v.id),
      )
    return {
      updateSettings,
      addVendor,
      updateVendor,
      removeVendors,
      importText,
      refresh,
      loadDemo,
      clearDemo,
    }
  }, [store, archive, queryClient])
}

export type WorkspaceActions = ReturnType<typeof useWorkspaceActions>
