import { Badge } from '../../../components/ui/badge'
import { IMPACT_LABELS, impactTone } from '../../../components/ui/impact-style'
import { setSearchParams } from '../../../components/url-state'
import { resolveSpan } from '../../../core/stats/resolve-span'
import type { DurationSource, TimelineItem } from '../../../core/stats/index'
import { cellIncidents } from '../model/cell-incidents'
import { formatUtcSpan } from '../../workspace/model/format-utc'
import type { HeatmapRow } from '../model/heatmap-model'

function incidentLink(vendorId: string, item: TimelineItem) {
  const params = new URLSearchParams(globalThis.location.search)
  params.set('view', 'incidents')
  params.set('incident', `${vendorId}:${item.incident.id}`)
  params.delete('vendor')
  params.delete('days')
  return `?${params.toString()}`
}

/** The incidents of the chosen cell, each linking to its detail. */
export function CellIncidentList({
  row,
  dayIndex,
  day,
  dayStart,
  durationSource,
  onClose,
}: {
  row: HeatmapRow
  dayIndex: number
  day: string
  dayStart: number
  durationSource: DurationSource
  onClose: () => void
}) {
  const items = cellIncidents(row.items, dayStart, row.now)
  // The item's own span: the grid's items may be cut at the end of a past period.
  const span = (item: TimelineItem) => resolveSpan(item.incident, durationSource) ?? item
  const where = row.label === row.vendorName ? row.vendorName : `${row.vendorName} · ${row.label}`
  return (
    <section
      aria-labelledby="cell-incidents-title"
      className="mt-4 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id="cell-incidents-title" className="text-base font-semibold">
          Incidents on {day} (UTC): {where}
        </h2>
        <button type="button" className="text-sm underline" onClick={onClose}>
          Close
        </button>
      </div>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          {(row.coverage[dayIndex] ?? 0) > 0
            ? 'No incident or maintenance overlaps this day.'
            : "The vendor's feed does not cover this day, so it has no data either way."}
        </p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm">
          {items.map((item) => (
            <li key={item.incident.id} className="flex flex-wrap items-center gap-2">
              <Badge tone={impactTone(item.incident.impact, item.incident.kind)}>
                {item.incident.kind === 'maintenance'
                  ? 'Maintenance'
                  : IMPACT_LABELS[item.incident.impact]}
              </Badge>
              <a
                className="font-medium underline"
                href={incidentLink(row.vendorId, item)}
                onClick={(event) => {
                  event.preventDefault()
                  setSearchParams(
                    {
                      view: 'incidents',
                      incident: `${row.vendorId}:${item.incident.id}`,
                      vendor: null,
                      days: null,
                    },
                    { push: true },
                  )
                }}
              >
                {item.incident.title}
              </a>
              <span className="text-slate-600 dark:text-slate-300">
                {formatUtcSpan(span(item).start, span(item).end)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
