import type { ReactNode } from 'react'
import type { Incident } from '../../../core/model'
import { formatMinutes, type DurationSource } from '../../../core/stats/index'
import { formatInstant } from '../model/format-instant'
import { FLAG_EXPLANATIONS } from '../model/incident-flags'

interface DurationFactsProps {
  incident: Incident
  timeZone: string
  durationSource: DurationSource
}

function Fact({ term, wide, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'col-span-2' : undefined}>
      <dt className="text-xs text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="text-sm tabular-nums">{children}</dd>
    </div>
  )
}

const span = (start: string | null, end: string | null, zone: string) =>
  `${formatInstant(start, zone)} → ${end === null ? 'open' : formatInstant(end, zone)}`

/** Start, end and the three duration figures, with the discrepancy flag spelled out. */
export function DurationFacts({ incident, timeZone, durationSource }: DurationFactsProps) {
  const { timeline } = incident
  const discrepancy = incident.flags.includes('duration_discrepancy')
  return (
    <section aria-labelledby="duration-facts" className="space-y-2">
      <h3 id="duration-facts" className="text-sm font-semibold">
        Time and duration <span className="font-normal text-slate-500">({timeZone})</span>
      </h3>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2">
        <Fact term="Start">{formatInstant(incident.start, timeZone)}</Fact>
        <Fact term="End">
          {incident.end === null ? 'Not resolved' : formatInstant(incident.end, timeZone)}
        </Fact>
        <Fact term="Duration (by the duration rule)">
          {incident.end === null ? 'Still open' : formatMinutes(incident.durationMinutes)}
        </Fact>
        <Fact term="Declared by the vendor">
          {incident.declaredDurationMinutes === null
            ? 'Not stated'
            : formatMinutes(incident.declaredDurationMinutes)}
        </Fact>
        <Fact term="From the published updates">
          {timeline.start === null ? 'No dated updates' : formatMinutes(timeline.durationMinutes)}
        </Fact>
        <Fact term="Timeline span" wide>
          {span(timeline.start, timeline.end, timeZone)}
        </Fact>
        {(incident.scheduledStart || incident.scheduledEnd) && (
          <Fact term="Scheduled window" wide>
            {span(incident.scheduledStart, incident.scheduledEnd, timeZone)}
          </Fact>
        )}
      </dl>
      {discrepancy && (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          <strong>Duration discrepancy.</strong> {FLAG_EXPLANATIONS.duration_discrepancy} Figures
          currently use the{' '}
          {durationSource === 'declared' ? 'declared duration' : 'duration from the updates'} (the
          Durations setting above switches it).
        </p>
      )}
    </section>
  )
}
