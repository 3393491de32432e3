import { useCallback, useState } from 'react'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../workspace/hooks/use-workspace-actions'
import type { Outcome } from '../components/outcome-message'
import { checkImportFile } from '../model/import-file-check'
import { countByKind, describeRecordCount } from '../model/record-count'

/** Imports files or pasted text one by one, into a new vendor or `targetId`; one outcome per input. */
export function useTextImport(views: VendorView[], actions: WorkspaceActions, targetId: string) {
  const [busy, setBusy] = useState(false)
  const target = views.find((view) => view.config.id === targetId)?.config
  const importOne = useCallback(
    async (text: string, name: string): Promise<Outcome> => {
      const outcome = await actions
        .importText(text, name, target?.id)
        .catch((error: unknown) => ({ ok: false as const, message: `${name}: ${String(error)}` }))
      if (!outcome.ok) return { ok: false, message: `${outcome.message} Nothing was changed.` }
      const vendor = target?.name ?? outcome.value.vendor ?? name
      const count = describeRecordCount(countByKind(outcome.value.incidents))
      return { ok: true, message: `${name}: ${count} imported under ${vendor}.` }
    },
    [actions, target],
  )
  const importFiles = useCallback(
    async (files: readonly File[]): Promise<Outcome[]> => {
      setBusy(true)
      const outcomes: Outcome[] = []
      // One at a time: each import writes settings and the archive, and a report per file.
      for (const file of files) {
        const check = checkImportFile(file)
        if (!check.ok) {
          outcomes.push(check)
          continue
        }
        const text = await file.text().catch(() => null)
        outcomes.push(
          text === null
            ? { ok: false, message: `${file.name} could not be read. Nothing was changed.` }
            : await importOne(text, file.name),
        )
      }
      setBusy(false)
      return outcomes
    },
    [importOne],
  )
  const importPasted = useCallback(
    async (text: string, name: string) => {
      setBusy(true)
      const outcome = await importOne(text, name)
      setBusy(false)
      return outcome
    },
    [importOne],
  )
  return { busy, importFiles, importPasted }
}
