import { useState } from 'react'
import { Button } from '../../../../components/ui/button'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import { useArchiveTransfer } from '../../hooks/use-archive-transfer'
import { OutcomeMessage, ProgressMessage, type Outcome } from '../outcome-message'
import { Panel } from '../panel'

/** The whole local archive as a versioned JSON file, and back. */
export function ArchivePanel({
  views,
  actions,
}: {
  views: VendorView[]
  actions: WorkspaceActions
}) {
  const { exportVendors, importFile } = useArchiveTransfer(views, actions)
  const [busy, setBusy] = useState<'export' | 'import' | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const run = async (kind: 'export' | 'import', work: () => Promise<Outcome>) => {
    setBusy(kind)
    setOutcome(null)
    setOutcome(await work())
    setBusy(null)
  }
  return (
    <Panel
      id="vendors-archive"
      title="Archive"
      description="The history kept in this browser outlasts each feed's window. Save it as a file to keep it safe or move it to another browser; importing one adds to what is here."
    >
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          disabled={busy !== null || views.length === 0}
          onClick={() => void run('export', () => exportVendors())}
        >
          Export archive
        </Button>
        <label className="inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-teal-600 hover:bg-slate-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700">
          Import archive file
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy !== null}
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (file) void run('import', () => importFile(file))
            }}
          />
        </label>
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        For one vendor’s history, use Export on its card under Your vendors. Files from a newer
        version of the app are refused without changing anything.
      </p>
      {busy === 'export' && <ProgressMessage>Preparing the archive…</ProgressMessage>}
      {busy === 'import' && <ProgressMessage>Checking and importing the file…</ProgressMessage>}
      <OutcomeMessage outcome={outcome} />
    </Panel>
  )
}
