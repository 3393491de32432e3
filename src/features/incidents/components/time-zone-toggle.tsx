import { useId } from 'react'

interface TimeZoneToggleProps {
  mode: 'utc' | 'local'
  localZone: string
  onChange: (mode: 'utc' | 'local') => void
}

const option =
  'cursor-pointer px-2.5 py-1 text-xs font-medium has-[:checked]:bg-teal-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-teal-600 dark:has-[:checked]:bg-teal-700'

/** UTC or the viewer's zone for every time shown; the zone's name is always on screen. */
export function TimeZoneToggle({ mode, localZone, onChange }: TimeZoneToggleProps) {
  const name = useId()
  return (
    <fieldset className="flex flex-wrap items-center gap-2 text-sm">
      <legend className="sr-only">Show times in</legend>
      <span aria-hidden="true" className="text-xs text-slate-600 dark:text-slate-400">
        Times in
      </span>
      <span className="inline-flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        <label className={option}>
          <input
            type="radio"
            name={name}
            className="sr-only"
            checked={mode === 'utc'}
            onChange={() => onChange('utc')}
          />
          UTC
        </label>
        <label className={`${option} border-l border-slate-300 dark:border-slate-600`}>
          <input
            type="radio"
            name={name}
            className="sr-only"
            checked={mode === 'local'}
            onChange={() => onChange('local')}
          />
          Local time
        </label>
      </span>
      <span className="text-xs text-slate-600 dark:text-slate-400">
        Zone: <span className="font-medium">{mode === 'utc' ? 'UTC' : localZone}</span>
      </span>
    </fieldset>
  )
}
