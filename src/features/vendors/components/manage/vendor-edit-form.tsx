import { useMemo, useState, type FormEvent } from 'react'
import { Button } from '../../../../components/ui/button'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import { knownComponents, parseComponentList } from '../../model/component-names'
import { readSlaTarget } from '../../model/sla-target'
import { INPUT_CLASS, LABEL_CLASS } from '../form-styles'
import { OutcomeMessage } from '../outcome-message'
import { SlaTargetField } from '../sla-target-field'
import { ComponentChecklist } from './component-checklist'
import { SourcesEditor } from './sources-editor'

interface VendorEditFormProps {
  id: string
  view: VendorView
  actions: WorkspaceActions
  onDone: () => void
}

/** Rename, target, excluded components (from those its incidents name) and sources. */
export function VendorEditForm({ id, view, actions, onDone }: VendorEditFormProps) {
  const { config } = view
  const [name, setName] = useState(config.name)
  const [sla, setSla] = useState(String(config.slaTarget))
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set(config.excludedComponents))
  const [extra, setExtra] = useState('')
  const [errors, setErrors] = useState<{ name?: string; sla?: string }>({})
  const [failure, setFailure] = useState<string | null>(null)
  // Once per opening: a vendor may hold thousands of incidents.
  const components = useMemo(
    () => knownComponents(view.incidents, config.excludedComponents),
    [view.incidents, config.excludedComponents],
  )

  const save = (event: FormEvent) => {
    event.preventDefault()
    const target = readSlaTarget(sla)
    const next = {
      name: name.trim() === '' ? 'Give the vendor a name.' : undefined,
      sla: target.ok ? undefined : target.message,
    }
    setErrors(next)
    if (next.name || !target.ok) return
    const result = actions.updateVendor(config.id, {
      name: name.trim(),
      slaTarget: target.value,
      excludedComponents: [...new Set([...excluded, ...parseComponentList(extra)])],
    })
    if (result.ok) onDone()
    else setFailure(result.message)
  }

  return (
    <div id={id} className="space-y-4 border-t border-slate-100 pt-3 dark:border-slate-800">
      <form
        onSubmit={save}
        noValidate
        className="space-y-4"
        aria-label={`Settings of ${config.name}`}
      >
        <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
          <div className="space-y-1">
            <label htmlFor={`${id}-name`} className={LABEL_CLASS}>
              Name
            </label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={120}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? `${id}-name-error` : undefined}
              className={INPUT_CLASS}
            />
            {errors.name && (
              <p id={`${id}-name-error`} className="text-xs text-red-700 dark:text-red-300">
                {errors.name}
              </p>
            )}
          </div>
          <SlaTargetField
            id={`${id}-sla`}
            value={sla}
            error={errors.sla ?? null}
            onChange={setSla}
          />
        </div>
        <ComponentChecklist components={components} excluded={excluded} onChange={setExcluded} />
        <div className="space-y-1">
          <label htmlFor={`${id}-extra`} className={LABEL_CLASS}>
            Other components to exclude
          </label>
          <input
            id={`${id}-extra`}
            value={extra}
            onChange={(event) => setExtra(event.target.value)}
            placeholder="Names not seen yet, separated by commas"
            className={INPUT_CLASS}
          />
        </div>
        {failure && <OutcomeMessage outcome={{ ok: false, message: failure }} />}
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            Save
          </Button>
          <Button onClick={onDone}>Cancel</Button>
        </div>
      </form>
      <SourcesEditor view={view} actions={actions} />
    </div>
  )
}
