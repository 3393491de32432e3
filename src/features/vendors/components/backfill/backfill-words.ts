import { isBackfillComplete } from '../../../../core/backfill/queue'
import type { BackfillRun } from '../../../workspace/backfill/backfill-runs'
import type { ServerBackfill } from '../../../workspace/team/server-client'

/** What the start button does for the chosen span, or null when there is nothing left to fetch. */
export function actionLabel(run: BackfillRun | null, months: number): string | null {
  if (!run) return 'Fetch history'
  if (months > run.state.months) return `Extend to ${months} months`
  return isBackfillComplete(run.state) ? null : 'Resume'
}

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
