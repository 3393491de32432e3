import { Badge } from '../../../components/ui/badge'
import { IMPACT_LABELS, impactTone } from '../../../components/ui/impact-style'
import type { Incident } from '../../../core/model'

/** "inferred", next to a fact the app read from the incident's words rather than the source stating it. */
export function InferredMark({ why }: { why: string }) {
  return (
    <span className="text-xs text-slate-500 italic dark:text-slate-400" title={why}>
      inferred
    </span>
  )
}

export const COMPONENTS_INFERRED =
  "The source names no component; these were read from the incident's title and updates."

/** The impact level, marked when the app inferred it from words rather than the source stating it. */
export function ImpactBadge({ incident }: { incident: Incident }) {
  const label = IMPACT_LABELS[incident.impact]
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={impactTone(incident.impact, incident.kind)}>{label}</Badge>
      {incident.impactInferred && (
        <InferredMark why="The source does not state the impact; it was inferred from the incident's words." />
      )}
    </span>
  )
}

export function KindBadge({ incident }: { incident: Incident }) {
  return incident.kind === 'maintenance' ? (
    <Badge tone="blue">Maintenance</Badge>
  ) : (
    <Badge tone="neutral">Incident</Badge>
  )
}

/** Row flags as small badges; "Ongoing" in red so open incidents stand out. */
export function FlagBadges({ labels }: { labels: readonly string[] }) {
  return (
    <>
      {labels.map((label) => (
        <Badge key={label} tone={label === 'Ongoing' ? 'red' : 'amber'}>
          {label}
        </Badge>
      ))}
    </>
  )
}
