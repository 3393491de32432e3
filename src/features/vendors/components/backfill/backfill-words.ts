import { isBackfillComplete } from '../../../../core/backfill/queue'
import type { BackfillRun } from '../../../workspace/backfill/backfill-runs'

/** What the start button does for the chosen span, or null when there is nothing left to fetch. */
export function actionLabel(run: BackfillRun | null, months: number): string | null {
  if (!run) return 'Fetch history'
  if (months > run.state.months) return `Extend to ${months} months`
  return isBackfillComplete(run.state) ? null : 'Resume'
}
