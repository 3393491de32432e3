import { Button } from '../../../../components/ui/button'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import type { Outcome } from '../outcome-message'
import { VendorRow } from './vendor-row'

interface VendorListProps {
  views: VendorView[]
  actions: WorkspaceActions
  onExport: (vendorId: string) => Promise<Outcome>
}

/** Every added vendor, in the order they were added, with refresh-all. */
export function VendorList({ views, actions, onExport }: VendorListProps) {
  return (
    <section
      id="your-vendors"
      aria-labelledby="your-vendors-title"
      className="scroll-mt-4 space-y-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2
          id="your-vendors-title"
          tabIndex={-1}
          className="text-lg font-semibold focus:outline-none"
        >
          Your vendors ({views.length})
        </h2>
        <Button size="sm" onClick={() => void actions.refresh()} disabled={views.length === 0}>
          Refresh all
        </Button>
      </div>
      {views.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
          No vendors yet. Add one by its status page, from the catalogue, or by importing a file.
        </p>
      ) : (
        <ul className="grid gap-3 xl:grid-cols-2">
          {views.map((view) => (
            <VendorRow key={view.config.id} view={view} actions={actions} onExport={onExport} />
          ))}
        </ul>
      )}
    </section>
  )
}
