import { Badge } from '../../../components/ui/badge'
import type { DurationSource } from '../../../core/stats/index'
import { FLAG_LABELS } from '../../../core/report/flag-labels'
import { FLAG_EXPLANATIONS, isOngoing, openLabel } from '../model/incident-flags'
import type { IncidentRow } from '../model/incident-rows'
import { httpUrlOrNull } from '../model/safe-link'
import { DurationFacts } from './duration-facts'
import { COMPONENTS_INFERRED, ImpactBadge, InferredMark, KindBadge } from './impact-badges'
import { IncidentUpdates } from './incident-updates'
import { ProvenanceList } from './provenance-list'
import { TimeZoneToggle } from './time-zone-toggle'

interface IncidentDetailProps {
  row: IncidentRow
  excludedComponents: readonly string[]
  timeZone: 'utc' | 'local'
  localZone: string
  onTimeZone: (mode: 'utc' | 'local') => void
  durationSource: DurationSource
  nowMs: number
}

const heading = 'mb-1 text-sm font-semibold'

/** Everything known about one incident: facts, flags in words, and the whole update trail. */
export function IncidentDetail(props: IncidentDetailProps) {
  const { row, timeZone, localZone } = props
  const { incident } = row
  const zone = timeZone === 'utc' ? 'UTC' : localZone
  const link = httpUrlOrNull(incident.url)
  // The discrepancy has its own note next to the durations.
  const otherFlags = incident.flags.filter((flag) => flag !== 'duration_discrepancy')
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{row.vendorName}</span>
        <KindBadge incident={incident} />
        <ImpactBadge incident={incident} />
        {isOngoing(incident, props.nowMs) && (
          <Badge tone={row.capturedAt ? 'orange' : 'red'}>{openLabel(row.capturedAt)}</Badge>
        )}
      </div>
      <TimeZoneToggle mode={timeZone} localZone={localZone} onChange={props.onTimeZone} />
      <section aria-labelledby="detail-components">
        <h3 id="detail-components" className={heading}>
          Components
        </h3>
        {incident.components.length === 0 ? (
          <p className="text-sm">None named: counts against the whole service.</p>
        ) : (
          <ul className="flex flex-wrap items-center gap-1">
            {incident.components.map((name) => (
              <li key={name}>
                <Badge>
                  {name}
                  {props.excludedComponents.includes(name) && ' (excluded from figures)'}
                </Badge>
              </li>
            ))}
            {incident.componentsInferred && (
              <li>
                <InferredMark why={COMPONENTS_INFERRED} />
              </li>
            )}
          </ul>
        )}
      </section>
      <DurationFacts incident={incident} timeZone={zone} durationSource={props.durationSource} />
      {otherFlags.length > 0 && (
        <section aria-labelledby="detail-flags">
          <h3 id="detail-flags" className={heading}>
            Flags
          </h3>
          <ul className="space-y-1 text-sm">
            {otherFlags.map((flag) => (
              <li key={flag}>
                <strong>{FLAG_LABELS[flag]}:</strong> {FLAG_EXPLANATIONS[flag]}
                {flag === 'window_from_text' && incident.windowText && (
                  <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic dark:border-slate-600">
                    “{incident.windowText}”
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="detail-source" className="space-y-1 text-sm">
        <h3 id="detail-source" className={heading}>
          Source
        </h3>
        <p className="break-all">
          Id: <code className="text-xs">{incident.id}</code>
        </p>
        {incident.aliases.length > 0 && (
          <p className="break-all">Also published as: {incident.aliases.join(', ')}</p>
        )}
        {incident.provenance && <ProvenanceList provenance={incident.provenance} />}
        {link ? (
          <a
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            className="text-teal-800 underline dark:text-teal-300"
          >
            Open on the vendor&apos;s status page
          </a>
        ) : (
          <p className="text-slate-600 dark:text-slate-400">The source gives no web page for it.</p>
        )}
      </section>
      <section aria-labelledby="detail-updates">
        <h3 id="detail-updates" className={`${heading} mb-2`}>
          Updates ({incident.updates.length}, oldest first)
        </h3>
        <IncidentUpdates updates={incident.updates} timeZone={zone} />
      </section>
    </>
  )
}
