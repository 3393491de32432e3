import { useMemo } from 'react'
import { SourcePollPanel } from '../workspace/team/source-poll-panel'
import type { VendorView } from '../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../workspace/hooks/use-workspace-actions'
import { AddVendorPanel } from './components/add/add-vendor-panel'
import { ArchivePanel } from './components/archive/archive-panel'
import { CataloguePanel } from './components/catalogue/catalogue-panel'
import { ImportPanel } from './components/import/import-panel'
import { VendorList } from './components/manage/vendor-list'
import { useArchiveTransfer } from './hooks/use-archive-transfer'

// In-page links: on a phone the panels stack, and the vendor list is far down.
const JUMPS = [
  ['vendors-add', 'Add a vendor'],
  ['vendors-import', 'Import'],
  ['vendors-catalogue', 'Catalogue'],
  ['vendors-archive', 'Archive'],
  ['your-vendors', 'Your vendors'],
] as const

/** Where vendors are added (by address, catalogue or import), exported, imported and managed. */
export function VendorsPage({
  views,
  actions,
}: {
  views: VendorView[]
  actions: WorkspaceActions
}) {
  const configs = useMemo(() => views.map((view) => view.config), [views])
  const { exportVendors } = useArchiveTransfer(views, actions)
  return (
    <section aria-labelledby="vendors-heading" className="space-y-6">
      <div className="space-y-1">
        <h1 id="vendors-heading" className="text-xl font-semibold">
          Vendors
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Add the vendors you depend on, choose what their figures are held to, and keep their
          history.
        </p>
      </div>
      <nav aria-label="On this page" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {JUMPS.map(([id, label]) => (
          <a
            key={id}
            href={`#${id}`}
            className="text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
          >
            {label === 'Your vendors' ? `${label} (${views.length})` : label}
          </a>
        ))}
      </nav>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <div className="grid min-w-0 gap-6">
          <AddVendorPanel views={views} actions={actions} />
          <ImportPanel views={views} actions={actions} />
        </div>
        <div className="grid min-w-0 gap-6">
          <CataloguePanel vendors={configs} actions={actions} />
          <ArchivePanel views={views} actions={actions} />
        </div>
      </div>
      <VendorList views={views} actions={actions} onExport={(id) => exportVendors([id])} />
      <SourcePollPanel vendors={configs} />
    </section>
  )
}
