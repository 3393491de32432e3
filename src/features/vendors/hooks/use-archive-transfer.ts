import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { readArchiveFile } from '../../workspace/archive/parse-archive-file'
import { refreshHistory } from '../../workspace/loading/history-queries'
import { useArchive } from '../../workspace/hooks/use-archive'
import { mergeVendorConfigs } from '../../workspace/settings/vendor-config'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../workspace/hooks/use-workspace-actions'
import type { Outcome } from '../components/outcome-message'
import { archiveFileName } from '../model/archive-filename'
import { downloadJson } from '../../../components/download-file'

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`

/** Export the archive (or some vendors) as a file, and import one back: all of it or nothing. */
export function useArchiveTransfer(views: VendorView[], actions: WorkspaceActions) {
  const archive = useArchive()
  const queryClient = useQueryClient()
  const exportVendors = useCallback(
    async (ids?: readonly string[]): Promise<Outcome> => {
      try {
        const file = await archive.exportArchive(
          views.map((view) => view.config),
          ids,
        )
        const only = ids?.length === 1 ? file.vendors[0]?.config.name : undefined
        downloadJson(file, archiveFileName(new Date(file.exportedAt), only))
        const incidents = file.vendors.reduce((sum, vendor) => sum + vendor.incidents.length, 0)
        return {
          ok: true,
          message: `Exported ${plural(file.vendors.length, 'vendor')} with ${plural(incidents, 'stored incident')}.`,
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        return { ok: false, message: `The archive could not be exported: ${reason}` }
      }
    },
    [archive, views],
  )

  const importFile = useCallback(
    async (file: File): Promise<Outcome> => {
      const parsed = await readArchiveFile(file)
      if (!parsed.ok) return parsed
      const incoming = parsed.archive.vendors.map((vendor) => vendor.config)
      // Checked before anything is written, so a file that cannot fit changes nothing.
      const fits = mergeVendorConfigs(
        views.map((view) => view.config),
        incoming,
      )
      if (!fits.ok) return { ok: false, message: `${fits.message} Nothing was changed.` }
      const imported = await archive.importArchive(parsed.archive).catch((error: unknown) => ({
        ok: false as const,
        message: `The archive could not be imported (${String(error)}); nothing was changed.`,
      }))
      if (!imported.ok) return imported
      const saved = actions.updateSettings((settings) => {
        const merged = mergeVendorConfigs(settings.vendors, imported.vendors)
        return merged.ok ? { ...settings, vendors: merged.vendors } : settings
      })
      void refreshHistory(queryClient)
      if (!saved.ok)
        return {
          ok: false,
          message: `The history was stored, but the vendor list was not: ${saved.message}`,
        }
      const { added, updated, unchanged } = imported.counts
      return {
        ok: true,
        message: `Imported ${plural(imported.vendors.length, 'vendor')} from ${file.name}: ${plural(added, 'incident')} added, ${updated} updated, ${unchanged} unchanged.`,
      }
    },
    [archive, actions, views, queryClient],
  )
  return { exportVendors, importFile }
}
