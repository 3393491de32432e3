import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Button } from '../../../../components/ui/button'
import { sourceLabel } from '../../../workspace/components/source-label'
import { refreshHistory } from '../../../workspace/loading/history-queries'
import { useArchive } from '../../../workspace/hooks/use-archive'
import { validateFeedUrl } from '../../../workspace/settings/feed-url'
import { SETTINGS_LIMITS } from '../../../workspace/settings/settings-schema'
import { createSourceConfig } from '../../../workspace/settings/vendor-config'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import { HINT_CLASS, INPUT_CLASS, LABEL_CLASS } from '../form-styles'
import { OutcomeMessage, type Outcome } from '../outcome-message'
import { ConfirmAction } from './confirm-action'

/** A vendor's sources: add a further feed by its address, or remove one with its history. */
export function SourcesEditor({ view, actions }: { view: VendorView; actions: WorkspaceActions }) {
  const archive = useArchive()
  const queryClient = useQueryClient()
  const { config } = view
  const [address, setAddress] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const inputId = `add-source-${config.id}`

  const add = (event: FormEvent) => {
    event.preventDefault()
    const checked = validateFeedUrl(address)
    if (!checked.ok) return setOutcome(checked)
    if (config.sources.some((s) => s.kind === 'url' && s.url === checked.url))
      return setOutcome({ ok: false, message: `${config.name} already reads this feed.` })
    if (config.sources.length >= SETTINGS_LIMITS.sourcesPerVendor)
      return setOutcome({
        ok: false,
        message: `A vendor can have at most ${SETTINGS_LIMITS.sourcesPerVendor} sources.`,
      })
    const source = createSourceConfig({ kind: 'url', url: checked.url }, new Date())
    const saved = actions.updateSettings((s) => ({
      ...s,
      vendors: s.vendors.map((v) =>
        v.id === config.id ? { ...v, sources: [...v.sources, source] } : v,
      ),
    }))
    setOutcome(saved.ok ? { ok: true, message: `Added ${checked.url}; it is loading.` } : saved)
    if (saved.ok) setAddress('')
  }

  const remove = async (sourceId: string) => {
    const saved = actions.updateSettings((s) => ({
      ...s,
      vendors: s.vendors.map((v) =>
        v.id === config.id ? { ...v, sources: v.sources.filter((x) => x.id !== sourceId) } : v,
      ),
    }))
    if (!saved.ok) return setOutcome(saved)
    await archive.removeSource(config.id, sourceId)
    void refreshHistory(queryClient, config.id)
    setOutcome({ ok: true, message: 'The source and its stored incidents were removed.' })
  }

  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="space-y-3 border-t border-slate-100 pt-3 dark:border-slate-800"
    >
      <h4 id={`${inputId}-title`} className="text-sm font-semibold">
        Sources
      </h4>
      <p className="text-xs text-slate-500 dark:text-slate-400">Changes here apply at once.</p>
      <ul className="space-y-2">
        {view.sources.map((status) => (
          <li key={status.source.id} className="flex flex-wrap items-center gap-2 text-sm">
            <span className="min-w-0 flex-1 basis-48 font-mono text-xs break-all">
              {sourceLabel(status)}
            </span>
            <ConfirmAction
              label="Remove source"
              accessibleLabel={`Remove source ${sourceLabel(status)}`}
              question="Remove this source and the incidents only it reported?"
              confirmLabel="Remove source"
              onConfirm={() => void remove(status.source.id)}
            />
          </li>
        ))}
      </ul>
      <form onSubmit={add} noValidate className="space-y-1">
        <label htmlFor={inputId} className={LABEL_CLASS}>
          Add a feed to {config.name}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={inputId}
            type="text"
            inputMode="url"
            spellCheck={false}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            placeholder="https://status.example.com/api/v2/incidents.json"
            aria-describedby={`${inputId}-hint`}
            className={`${INPUT_CLASS} flex-1 basis-56`}
          />
          <Button type="submit">Add source</Button>
        </div>
        <p id={`${inputId}-hint`} className={HINT_CLASS}>
          E.g. incidents.json next to history.atom: incidents from all sources merge by their code.
        </p>
      </form>
      <OutcomeMessage outcome={outcome} />
    </section>
  )
}
