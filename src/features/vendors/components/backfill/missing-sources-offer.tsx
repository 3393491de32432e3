import { useState } from 'react'
import { Button } from '../../../../components/ui/button'
import { validateFeedUrl } from '../../../workspace/settings/feed-url'
import { createSourceConfig } from '../../../workspace/settings/vendor-config'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import { OutcomeMessage, type Outcome } from '../outcome-message'

const NAMES: Record<string, string> = {
  'incidents.json': 'incidents',
  'scheduled-maintenances.json': 'maintenances',
  'summary.json': 'components and current status',
}

/** One click adds the Statuspage JSON a vendor lacks: stated impact, components, maintenances. */
export function MissingSourcesOffer({
  view,
  missing,
  actions,
}: {
  view: VendorView
  missing: string[]
  actions: WorkspaceActions
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const words = missing.map((url) => NAMES[url.split('/').pop() ?? ''] ?? url)
  const add = () => {
    const sources = missing.flatMap((url) => {
      const checked = validateFeedUrl(url)
      return checked.ok ? [createSourceConfig({ kind: 'url', url: checked.url }, new Date())] : []
    })
    const saved = actions.updateSettings((s) => ({
      ...s,
      vendors: s.vendors.map((v) =>
        v.id === view.config.id ? { ...v, sources: [...v.sources, ...sources] } : v,
      ),
    }))
    setOutcome(
      saved.ok
        ? { ok: true, message: `Added ${sources.length} Statuspage JSON sources.` }
        : { ok: false, message: saved.message },
    )
  }
  if (missing.length === 0) return <OutcomeMessage outcome={outcome} />
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-800 dark:bg-amber-950">
      <p className="min-w-0 flex-1">
        This Statuspage page also publishes JSON with stated impact and components (
        {words.join(', ')}).
      </p>
      <Button size="sm" onClick={add} aria-label={`Add the missing sources of ${view.config.name}`}>
        Add {missing.length === 1 ? 'it' : `all ${missing.length}`}
      </Button>
    </div>
  )
}
