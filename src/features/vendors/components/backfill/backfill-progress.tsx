import type { BackfillProgress } from '../../../../core/backfill/queue'

/** Pages and incidents fetched so far, as a bar and in words. */
export function BackfillProgressBar({
  label,
  progress,
}: {
  label: string
  progress: BackfillProgress
}) {
  const total = progress.pagesPlanned + progress.incidentsPlanned
  const done = progress.pagesFetched + progress.incidentsFetched
  return (
    <div className="space-y-1">
      <progress
        aria-label={label}
        max={Math.max(total, 1)}
        value={done}
        className="h-2 w-full overflow-hidden rounded accent-teal-700"
      />
      <p className="text-xs text-slate-600 dark:text-slate-300">
        History pages {progress.pagesFetched} of {progress.pagesPlanned} · incidents{' '}
        {progress.incidentsFetched} of {progress.incidentsPlanned}
        {progress.failed > 0 && ` · ${progress.failed} failed (tried again on resume)`}
      </p>
    </div>
  )
}
