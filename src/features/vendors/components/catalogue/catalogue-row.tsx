import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Badge } from '../../../../components/ui/badge'
import { Button } from '../../../../components/ui/button'
import { FeedLoadError, LOAD_ERROR_TITLES } from '../../../workspace/loading/load-error'
import type { VendorConfig } from '../../../workspace/settings/settings-schema'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import { DEFAULT_BACKFILL_MONTHS } from '../../../../core/backfill/plan'
import { useBackfillActions } from '../../../workspace/backfill/use-backfill'
import { discoverQueries } from '../../api/discover-queries'
import { defaultCandidates, statuspageBaseOf } from '../../model/statuspage-sources'
import type { CatalogueVendor } from '../../model/catalogue'
import { PLATFORM_WORDS } from '../../model/platform-words'

interface CatalogueRowProps {
  entry: CatalogueVendor
  added: VendorConfig | undefined
  actions: WorkspaceActions
}

/** One catalogue vendor: Add discovers its feeds and adds the best; progress and errors inline. */
export function CatalogueRow({ entry, added, actions }: CatalogueRowProps) {
  const queryClient = useQueryClient()
  const backfill = useBackfillActions()
  const add = useMutation({
    mutationFn: async () => {
      const found = await queryClient.fetchQuery(discoverQueries.site(entry.statusPage))
      const chosen = defaultCandidates(found.candidates)
      if (chosen.length === 0) throw new Error(`No feeds were found at ${entry.statusPage}.`)
      const outcome = actions.addVendor({
        name: entry.name,
        sources: chosen.map((c) => ({ kind: 'url', url: c.url })),
      })
      if (!outcome.ok) throw new Error(outcome.message)
      // A Statuspage page gets its default year of history, which its row can cancel or extend.
      const base = chosen.map((c) => statuspageBaseOf(c.url, c.format)).find((b) => b !== null)
      if (base) backfill.start(outcome.value.id, base, DEFAULT_BACKFILL_MONTHS)
      return outcome.value
    },
  })
  const error = add.error
  const host = entry.statusPage.replace(/^https:\/\//, '')
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-1.5 text-sm font-medium">
          {entry.name}
          <Badge>{PLATFORM_WORDS[entry.platform]}</Badge>
        </p>
        <p className="truncate text-xs text-slate-500 dark:text-slate-400">{host}</p>
      </div>
      {added ? (
        <Badge tone="green" title={`Added as ${added.name}`}>
          Added
        </Badge>
      ) : (
        <Button
          size="sm"
          onClick={() => {
            if (!add.isPending) add.mutate()
          }}
          aria-disabled={add.isPending}
          aria-label={`Add ${entry.name}`}
        >
          {add.isPending ? 'Adding…' : 'Add'}
        </Button>
      )}
      {add.isPending && (
        <p role="status" className="w-full text-xs text-sky-800 dark:text-sky-200">
          Looking for {entry.name}’s feeds…
        </p>
      )}
      {error && !added && (
        <p role="alert" className="w-full text-xs text-red-700 dark:text-red-300">
          {error instanceof FeedLoadError ? `${LOAD_ERROR_TITLES[error.kind]}: ` : ''}
          {error.message}
        </p>
      )}
    </li>
  )
}
