import type { ServerBackfill } from '../../../workspace/team/server-client'
import { HINT_CLASS } from '../form-styles'

/** The server's side of a backfill in one line: how far its collector has got. */
export function serverBackfillWords(backfill: ServerBackfill): string {
  const { progress, lastError } = backfill
  const error = lastError ? ` Last try: ${lastError}` : ''
  if (!progress) return `The server continues this backfill from its next run.${error}`
  const pages = `${progress.pagesFetched} of ${progress.pagesPlanned} pages`
  const incidents = `${progress.incidentsFetched} of ${progress.incidentsPlanned} incidents`
  return progress.complete
    ? `The server has fetched this backfill: ${pages}, ${incidents}.`
    : `The server continues this backfill: ${pages}, ${incidents}.${error}`
}

export function ServerBackfillLine({
  backfill,
  failure,
}: {
  backfill: ServerBackfill | null
  /** Why the server did not take the backfill; it then runs in this tab only. */
  failure: string | null
}) {
  if (failure)
    return (
      <p className={HINT_CLASS}>
        The server did not take this backfill ({failure}); it runs in this tab only.
      </p>
    )
  return backfill && <p className={HINT_CLASS}>{serverBackfillWords(backfill)}</p>
}
