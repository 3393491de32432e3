import type { ServerBackfill } from '../../../workspace/team/server-client'
import { HINT_CLASS } from '../form-styles'
import { serverBackfillWords } from './backfill-words'

/** The server's side of a backfill, or why it did not take it. */
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
