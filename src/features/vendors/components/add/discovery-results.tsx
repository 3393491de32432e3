import { useMemo, useState, type FormEvent } from 'react'
import { Button } from '../../../../components/ui/button'
import { DEFAULT_BACKFILL_MONTHS } from '../../../../core/backfill/plan'
import { useBackfillActions } from '../../../workspace/backfill/use-backfill'
import type { ActionOutcome } from '../../../workspace/hooks/use-workspace-actions'
import type { VendorConfig } from '../../../workspace/settings/settings-schema'
import type { NewVendor } from '../../../workspace/settings/vendor-config'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import type { Discovery } from '../../api/discover-queries'
import { parseComponentList } from '../../model/component-names'
import { readSlaTarget } from '../../model/sla-target'
import { suggestVendorName } from '../../model/vendor-name'
import { HINT_CLASS, INPUT_CLASS, LABEL_CLASS } from '../form-styles'
import { OutcomeMessage } from '../outcome-message'
import { SlaTargetField } from '../sla-target-field'
import { defaultCandidates, statuspageBaseOf } from '../../model/statuspage-sources'
import { SpanSelect } from '../backfill/span-select'
import { CandidateList } from './candidate-list'

interface DiscoveryResultsProps {
  discovery: Discovery
  views: VendorView[]
  onAdd: (vendor: NewVendor) => ActionOutcome<VendorConfig>
}

/** The feeds found, best preselected, and what the new vendor is called and held to. */
export function DiscoveryResults({ discovery, views, onAdd }: DiscoveryResultsProps) {
  const best = discovery.candidates[0]
  const backfill = useBackfillActions()
  const [selected, setSelected] = useState<ReadonlySet<string>>(
    () => new Set(defaultCandidates(discovery.candidates).map((c) => c.url)),
  )
  const [months, setMonths] = useState(DEFAULT_BACKFILL_MONTHS)
  const base =
    discovery.candidates
      .filter((c) => selected.has(c.url))
      .map((c) => statuspageBaseOf(c.url, c.format))
      .find((b) => b !== null) ?? null
  const [name, setName] = useState(() => suggestVendorName(discovery.site, best?.title))
  const [sla, setSla] = useState('99.9')
  const [excluded, setExcluded] = useState('')
  const [errors, setErrors] = useState<{ feeds?: string; name?: string; sla?: string }>({})
  const [failure, setFailure] = useState<string | null>(null)
  const usedBy = useMemo(() => {
    const owners = new Map<string, string>()
    for (const view of views)
      for (const source of view.config.sources)
        if (source.kind === 'url') owners.set(source.url, view.config.name)
    return owners
  }, [views])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const target = readSlaTarget(sla)
    const next = {
      feeds: selected.size === 0 ? 'Pick at least one feed.' : undefined,
      name: name.trim() === '' ? 'Give the vendor a name.' : undefined,
      sla: target.ok ? undefined : target.message,
    }
    setErrors(next)
    if (next.feeds || next.name || !target.ok) return
    const result = onAdd({
      name: name.trim(),
      sources: discovery.candidates
        .filter((c) => selected.has(c.url))
        .map((c) => ({ kind: 'url', url: c.url })),
      slaTarget: target.value,
      excludedComponents: parseComponentList(excluded),
    })
    setFailure(result.ok ? null : result.message)
    if (result.ok && base && months > 0) {
      const started = backfill.start(result.value.id, base, months)
      if (!started.ok) setFailure(started.message)
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="New vendor">
      <CandidateList
        site={discovery.site}
        candidates={discovery.candidates}
        selected={selected}
        usedBy={usedBy}
        error={errors.feeds ?? null}
        onChange={setSelected}
      />
      <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
        <div className="space-y-1">
          <label htmlFor="new-vendor-name" className={LABEL_CLASS}>
            Vendor name
          </label>
          <input
            id="new-vendor-name"
            value={name}
            maxLength={120}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? 'new-vendor-name-error' : undefined}
            className={INPUT_CLASS}
          />
          {errors.name && (
            <p id="new-vendor-name-error" className="text-xs text-red-700 dark:text-red-300">
              {errors.name}
            </p>
          )}
        </div>
        <SlaTargetField
          id="new-vendor-sla"
          value={sla}
          error={errors.sla ?? null}
          onChange={setSla}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="new-vendor-excluded" className={LABEL_CLASS}>
          Components to exclude (optional)
        </label>
        <textarea
          id="new-vendor-excluded"
          rows={2}
          value={excluded}
          onChange={(event) => setExcluded(event.target.value)}
          aria-describedby="new-vendor-excluded-hint"
          className={INPUT_CLASS}
        />
        <p id="new-vendor-excluded-hint" className={HINT_CLASS}>
          Separated by commas or lines. Once the feeds have loaded, edit the vendor to pick from the
          components they name.
        </p>
      </div>
      {base && (
        <div className="space-y-1">
          <SpanSelect id="new-vendor-history" value={months} onChange={setMonths} allowNone />
          <p className={HINT_CLASS}>
            A Statuspage page: its history.json and each incident&apos;s full record are fetched
            back this far, with progress on the vendor&apos;s row.
          </p>
        </div>
      )}
      {failure && <OutcomeMessage outcome={{ ok: false, message: failure }} />}
      <Button type="submit" variant="primary">
        Add vendor
      </Button>
    </form>
  )
}
