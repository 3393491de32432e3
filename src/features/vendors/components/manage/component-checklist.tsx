import { CHECKBOX_CLASS } from '../form-styles'

interface ComponentChecklistProps {
  components: readonly string[]
  excluded: ReadonlySet<string>
  onChange: (excluded: ReadonlySet<string>) => void
}

/** The components a vendor's incidents name; a ticked one is left out of its figures. */
export function ComponentChecklist({ components, excluded, onChange }: ComponentChecklistProps) {
  const toggle = (name: string, on: boolean) => {
    const next = new Set(excluded)
    if (on) next.add(name)
    else next.delete(name)
    onChange(next)
  }
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-200">
        Exclude components from the figures
      </legend>
      {components.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          No incident of this vendor names a component yet.
        </p>
      ) : (
        <ul className="grid max-h-56 gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2 dark:border-slate-700">
          {components.map((name) => (
            <li key={name}>
              <label className="flex items-start gap-2 text-sm break-words">
                <input
                  type="checkbox"
                  checked={excluded.has(name)}
                  onChange={(event) => toggle(name, event.target.checked)}
                  className={`${CHECKBOX_CLASS} mt-0.5`}
                />
                <span className="min-w-0">{name}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
