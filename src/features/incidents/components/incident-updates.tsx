import { SafeHtml } from '../../../components/ui/safe-html'
import type { IncidentUpdate } from '../../../core/model'
import { formatInstant } from '../model/format-instant'
import { statusLabel } from '../model/status-label'

// Feed bodies are bare HTML: give their paragraphs, lists and links a readable shape.
const BODY_CLASS =
  'mt-1 text-sm leading-relaxed break-words text-slate-800 dark:text-slate-200 [&_a[href]]:text-teal-800 [&_a[href]]:underline dark:[&_a[href]]:text-teal-300 [&_li]:ml-5 [&_ol]:list-decimal [&_p]:my-1 [&_pre]:overflow-x-auto [&_pre]:whitespace-pre-wrap [&_table]:block [&_table]:overflow-x-auto [&_ul]:list-disc'

interface IncidentUpdatesProps {
  updates: readonly IncidentUpdate[]
  timeZone: string
}

/** Every update, oldest first, with its time in the chosen zone and its body sanitized. */
export function IncidentUpdates({ updates, timeZone }: IncidentUpdatesProps) {
  if (updates.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">The source published no updates.</p>
    )
  }
  const ordered = [...updates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  return (
    <ol
      aria-label="Updates"
      className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700"
    >
      {ordered.map((update, i) => (
        <li key={`${update.at}-${i}`}>
          <div className="flex flex-wrap items-baseline gap-x-2 text-xs">
            <span className="font-semibold text-slate-900 dark:text-slate-100">
              {statusLabel(update.status)}
            </span>
            <time dateTime={update.at} className="text-slate-600 tabular-nums dark:text-slate-400">
              {formatInstant(update.at, timeZone)} {timeZone}
            </time>
          </div>
          <SafeHtml body={update.body} format={update.bodyFormat} className={BODY_CLASS} />
        </li>
      ))}
    </ol>
  )
}
