import { useMemo, useState } from 'react'
import { Badge } from '../../../../components/ui/badge'
import { Button } from '../../../../components/ui/button'
import { SourceStatusLine } from '../../../workspace/components/source-status'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import { countByKind, describeRecordCount } from '../../model/record-count'
import { missingSourcesOfView, statuspageBaseOfView } from '../../model/statuspage-sources'
import { BackfillSection } from '../backfill/backfill-section'
import { MissingSourcesOffer } from '../backfill/missing-sources-offer'
import { OutcomeMessage, type Outcome } from '../outcome-message'
import { ConfirmAction } from './confirm-action'
import { CoverageLine } from './coverage-line'
import { VendorEditForm } from './vendor-edit-form'

interface VendorRowProps {
  view: VendorView
  actions: WorkspaceActions
  onExport: (vendorId: string) => Promise<Outcome>
}

/** One vendor: its settings in brief, its sources' state, its coverage, and what can be done to it. */
export function VendorRow({ view, actions, onExport }: VendorRowProps) {
  const { config } = view
  const [editing, setEditing] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const titleId = `manage-${config.id}`
  const excluded = config.excludedComponents.length
  const fetching = view.sources.some((s) => s.isFetching)
  const stored = useMemo(() => describeRecordCount(countByKind(view.incidents)), [view.incidents])
  const base = statuspageBaseOfView(view)
  return (
    <li className="min-w-0">
      <article
        aria-labelledby={titleId}
        className="h-full space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
      >
        <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h3 id={titleId} className="text-base font-semibold break-words">
            {config.name}
          </h3>
          {config.demo && <Badge>Demo</Badge>}
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {view.historyReady ? `${stored} stored` : 'Reading history…'} · SLA target{' '}
            {config.slaTarget} %
            {excluded > 0 &&
              ` · ${excluded} ${excluded === 1 ? 'component' : 'components'} excluded`}
          </p>
        </header>
        <CoverageLine coverage={view.coverage} ready={view.historyReady} />
        <ul aria-label={`Sources of ${config.name}`} className="space-y-1">
          {view.sources.map((status) => (
            <SourceStatusLine key={status.source.id} status={status} />
          ))}
        </ul>
        {base && (
          <MissingSourcesOffer view={view} missing={missingSourcesOfView(view)} actions={actions} />
        )}
        {base && <BackfillSection view={view} base={base} />}
        <div className="flex flex-wrap items-center gap-2">
          <Button
            size="sm"
            onClick={() => void actions.refresh(config.id)}
            disabled={fetching}
            aria-label={`Refresh ${config.name}`}
          >
            {fetching ? 'Refreshing…' : 'Refresh'}
          </Button>
          <Button
            size="sm"
            onClick={() => setEditing(!editing)}
            aria-expanded={editing}
            aria-controls={editing ? `${titleId}-edit` : undefined}
            aria-label={`Edit ${config.name}`}
            className="aria-expanded:border-teal-600 aria-expanded:bg-teal-50 dark:aria-expanded:border-teal-500 dark:aria-expanded:bg-teal-950"
          >
            Edit
          </Button>
          <Button
            size="sm"
            onClick={() => void onExport(config.id).then(setOutcome)}
            aria-label={`Export ${config.name}`}
          >
            Export
          </Button>
          <ConfirmAction
            label="Remove"
            accessibleLabel={`Remove ${config.name}`}
            question={`Remove ${config.name} and all its stored history?`}
            confirmLabel={`Remove ${config.name}`}
            onConfirm={() => {
              // The row goes away: keep the keyboard user's place at the list's heading.
              document.getElementById('your-vendors-title')?.focus()
              void actions.removeVendors([config.id])
            }}
          />
        </div>
        <OutcomeMessage outcome={outcome} />
        {editing && (
          <VendorEditForm
            id={`${titleId}-edit`}
            view={view}
            actions={actions}
            onDone={() => setEditing(false)}
          />
        )}
      </article>
    </li>
  )
}
