import { Badge } from '../../../../components/ui/badge'
import type { FeedCandidate } from '../../api/discover-queries'
import { FEED_FORMAT_WORDS, describeFeedCandidate } from '../../model/feed-format-words'
import { CHECKBOX_CLASS } from '../form-styles'

interface CandidateListProps {
  site: string
  candidates: FeedCandidate[]
  selected: ReadonlySet<string>
  /** Feed address → the vendor that already reads it. */
  usedBy: ReadonlyMap<string, string>
  error: string | null
  onChange: (selected: ReadonlySet<string>) => void
}

/** Found feeds as checkboxes, best first, each with its format and what it contributes. */
export function CandidateList({
  site,
  candidates,
  selected,
  usedBy,
  error,
  onChange,
}: CandidateListProps) {
  const toggle = (url: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(url)
    else next.delete(url)
    onChange(next)
  }
  return (
    <fieldset className="space-y-2" aria-describedby={error ? 'candidates-error' : undefined}>
      <legend className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-200">
        {candidates.length === 1 ? '1 feed' : `${candidates.length} feeds`} found at{' '}
        <span className="font-mono break-all">{site}</span>
      </legend>
      <ul className="space-y-2">
        {candidates.map((candidate, index) => {
          const id = `candidate-${index}`
          const owner = usedBy.get(candidate.url)
          return (
            <li key={candidate.url}>
              <label
                htmlFor={id}
                className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-2.5 has-[:checked]:border-teal-600 has-[:checked]:bg-teal-50/60 dark:border-slate-700 dark:has-[:checked]:border-teal-500 dark:has-[:checked]:bg-teal-950/40"
              >
                <input
                  id={id}
                  type="checkbox"
                  checked={selected.has(candidate.url)}
                  onChange={(event) => toggle(candidate.url, event.target.checked)}
                  className={`${CHECKBOX_CLASS} mt-0.5`}
                />
                <span className="min-w-0 space-y-0.5 text-sm">
                  <span className="flex flex-wrap items-center gap-1.5 font-medium">
                    {FEED_FORMAT_WORDS[candidate.format]}
                    {index === 0 && <Badge tone="green">Best</Badge>}
                    {owner && <Badge tone="amber">Used by {owner}</Badge>}
                  </span>
                  <span className="block text-xs text-slate-600 dark:text-slate-300">
                    {describeFeedCandidate(candidate)}
                    {candidate.title ? ` · “${candidate.title}”` : ''}
                  </span>
                  <span className="block font-mono text-xs break-all text-slate-500 dark:text-slate-400">
                    {candidate.url}
                  </span>
                </span>
              </label>
            </li>
          )
        })}
      </ul>
      {error && (
        <p id="candidates-error" role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </fieldset>
  )
}
