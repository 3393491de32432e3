import { useState, type KeyboardEvent } from 'react'
import type { Incident } from '../../../core/model'
import { describeDay } from '../../workspace/days/day-readout'
import { DAY_COLORS } from '../../workspace/days/day-colors'
import { DAY_NO_DATA } from '../../workspace/days/vendor-days'
import type { StatusDays } from '../model/status-days'

const NO_DATA_STYLE = {
  backgroundImage: 'repeating-linear-gradient(135deg, currentColor 0 1px, transparent 1px 4px)',
}

interface StatusDayBarProps {
  name: string
  days: StatusDays
  onOpenIncident: (id: string) => void
}

/**
 * 90 days, one bar each, coloured by the day's worst level; "no data" days hatched. Hover or focus
 * (arrow keys) reads a day and lists its items as links; clicking a day with one item opens it.
 */
export function StatusDayBar({ name, days, onOpenIncident }: StatusDayBarProps) {
  // The last day hovered, focused or clicked stays shown, so its items can be reached and clicked.
  const [pinned, setPinned] = useState<number | null>(null)
  const shown = pinned
  const last = days.codes.length - 1
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, PageUp: -7, PageDown: 7, Home: -last, End: last }[
      event.key
    ]
    if (step === undefined) return
    event.preventDefault()
    setPinned((index) => Math.min(last, Math.max(0, (index ?? last) + step)))
  }
  const choose = (index: number, items: readonly Incident[]) => {
    const [only] = items
    if (items.length === 1 && only) onOpenIncident(only.id)
    else setPinned(index)
  }
  const items = shown === null ? [] : (days.items[shown] ?? [])
  return (
    <div>
      <div
        role="slider"
        tabIndex={0}
        aria-label={`${name}, last ${days.days.length} days`}
        aria-valuemin={1}
        aria-valuemax={days.days.length}
        aria-valuenow={(shown ?? last) + 1}
        aria-valuetext={describeDay(days, shown ?? last)}
        onKeyDown={onKey}
        className="flex h-8 items-stretch gap-px rounded-sm text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:text-slate-500"
        data-testid="status-days"
      >
        {Array.from(days.codes, (code, index) => (
          <span
            key={days.days[index]}
            data-day={days.days[index]}
            data-code={code}
            className={`min-w-0 flex-1 rounded-[1px] ${shown === index ? 'outline-2 outline-slate-900 dark:outline-white' : ''}`}
            style={
              code === DAY_NO_DATA
                ? NO_DATA_STYLE
                : { background: DAY_COLORS[code] ?? 'transparent' }
            }
            onPointerEnter={() => setPinned(index)}
            onClick={() => choose(index, days.items[index] ?? [])}
          />
        ))}
      </div>
      <div className="mt-1 flex justify-between text-[11px] text-slate-600 dark:text-slate-300">
        <span>{days.days[0]}</span>
        <span>{days.days.at(-1)}</span>
      </div>
      <div aria-live="polite" className="min-h-5 text-xs text-slate-700 dark:text-slate-200">
        {shown === null ? (
          <span className="text-slate-600 dark:text-slate-300">
            Hover or focus the bar (arrow keys) for a day’s incidents.
          </span>
        ) : (
          <>
            <span>{describeDay(days, shown)}</span>
            {items.length > 0 && (
              <ul className="mt-1 space-y-0.5">
                {items.map((incident) => (
                  <li key={incident.id}>
                    <button
                      type="button"
                      className="text-left text-teal-800 underline underline-offset-2 dark:text-teal-300"
                      onClick={() => onOpenIncident(incident.id)}
                    >
                      {incident.title}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  )
}
