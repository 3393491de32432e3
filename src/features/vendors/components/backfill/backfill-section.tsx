import { useState } from 'react'
import { DEFAULT_BACKFILL_MONTHS } from '../../../../core/backfill/plan'
import { backfillProgress } from '../../../../core/backfill/queue'
import { Button } from '../../../../components/ui/button'
import { useBackfillActions, useBackfillRun } from '../../../workspace/backfill/use-backfill'
import { useServerBackfill } from '../../../workspace/team/use-server-backfill'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import { HINT_CLASS } from '../form-styles'
import { OutcomeMessage } from '../outcome-message'
import { BackfillProgressBar } from './backfill-progress'
import { ServerBackfillLine } from './server-backfill-line'
import { SpanSelect } from './span-select'
import { actionLabel } from './backfill-words'

const day = (iso: string) => iso.slice(0, 10)

/** A Statuspage vendor's history backfill: pick a span, start, watch, cancel, resume, extend. */
export function BackfillSection({ view, base }: { view: VendorView; base: string }) {
  const { config } = view
  const run = useBackfillRun(config.id)
  const actions = useBackfillActions()
  const [months, setMonths] = useState(run?.state.months ?? DEFAULT_BACKFILL_MONTHS)
  const [failure, setFailure] = useState<string | null>(null)
  const [serverFailure, setServerFailure] = useState<string | null>(null)
  const serverBackfill = useServerBackfill(config.id, base)
  const progress = run ? backfillProgress(run.state, new Date().toISOString()) : null
  const label = actionLabel(run, months)
  const start = () => {
    const resume = run !== null && !progress?.complete && months <= run.state.months
    const outcome = actions.start(config.id, base, resume ? null : months)
    setFailure(outcome.ok ? null : outcome.message)
    setServerFailure(null)
    if (outcome.ok)
      void outcome.server?.then((write) => setServerFailure(write.ok ? null : write.message))
  }
  return (
    <section
      aria-label={`History backfill of ${config.name}`}
      className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-end gap-2">
        <SpanSelect id={`backfill-span-${config.id}`} value={months} onChange={setMonths} />
        {run?.running ? (
          <Button size="sm" onClick={() => actions.cancel(config.id)}>
            Cancel
          </Button>
        ) : (
          <Button size="sm" variant="primary" onClick={start} disabled={label === null}>
            {label ?? 'History fetched'}
          </Button>
        )}
      </div>
      {run && progress && (
        <>
          <BackfillProgressBar label={`History backfill of ${config.name}`} progress={progress} />
          <p role="status" className={HINT_CLASS}>
            {run.running
              ? `Fetching ${run.state.months} months of history…`
              : progress.complete
                ? `History fetched: ${run.state.months} months${run.state.coveredFrom ? `, covering ${day(run.state.coveredFrom)} onward` : '; the page lists no older months'}.`
                : run.cancelled
                  ? 'Cancelled; Resume continues where it stopped.'
                  : 'Stopped before the end; Resume continues where it stopped.'}
          </p>
        </>
      )}
      {!run && (
        <p className={HINT_CLASS}>
          The feeds hold a few weeks. Backfill reads the page&apos;s history.json three months at a
          time and each incident&apos;s full record, two requests at a time.
        </p>
      )}
      <ServerBackfillLine backfill={serverBackfill} failure={serverFailure} />
      {run?.error && <OutcomeMessage outcome={{ ok: false, message: run.error }} />}
      {failure && <OutcomeMessage outcome={{ ok: false, message: failure }} />}
    </section>
  )
}
