import type { ReactNode } from 'react'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { DOWNTIME_LEVELS } from '../../../components/ui/downtime-stacks'
import { IMPACT_LABELS } from '../../../components/ui/impact-style'
import { coverageWords, formatMinutes, formatPercent } from '../../../core/stats/index'
import type { CompareColumn } from '../model/compare-figures'

interface Metric {
  label: string
  value: (column: CompareColumn) => ReactNode
}

const share = (value: number | null) =>
  value === null
    ? 'n/a'
    : `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: 3 })} %`

const coverage = (column: CompareColumn) => coverageWords(column.coveredFraction) ?? 'not stated'

/** Uptime over the covered part, always with the share of the period it covers. */
function Uptime({ column }: { column: CompareColumn }) {
  return (
    <span className="flex flex-col items-end leading-tight">
      <span data-testid="compare-uptime">{formatPercent(column.uptimePercent)}</span>
      <span className="text-[11px] text-slate-600 dark:text-slate-300">{coverage(column)}</span>
    </span>
  )
}

const METRICS: Metric[] = [
  { label: 'Uptime over covered time', value: (c) => <Uptime column={c} /> },
  { label: 'SLA target', value: (c) => `${c.target} %` },
  { label: 'SLA verdict', value: (c) => <span data-testid="compare-verdict">{c.verdict}</span> },
  { label: 'Incidents', value: (c) => c.incidentCount },
  { label: 'MTTR (resolved incidents)', value: (c) => formatMinutes(c.mttrMinutes) },
  { label: 'Longest outage', value: (c) => formatMinutes(c.longestIncidentMinutes) },
  { label: 'Maintenance', value: (c) => formatMinutes(c.maintenanceMinutes) },
  { label: 'Maintenance share of the period', value: (c) => share(c.maintenanceShare) },
  ...DOWNTIME_LEVELS.map((level) => ({
    label: `Incidents: ${IMPACT_LABELS[level]}`,
    value: (c: CompareColumn) => c.countsByImpact[level],
  })),
  { label: 'Data coverage', value: coverage },
]

const sticky = 'sticky left-0 z-10'

/** Metrics down, vendors across, so each vendor reads as a column; the metric names stay put. */
export function CompareTable({ columns, caption }: { columns: CompareColumn[]; caption: string }) {
  return (
    <ScrollRegion
      label={`${caption}; scrolls sideways`}
      className="relative overflow-x-auto rounded-md border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            <th
              scope="col"
              className={`${sticky} bg-slate-100 px-3 py-2 text-left dark:bg-slate-800`}
            >
              Figure
            </th>
            {columns.map((column) => (
              <th
                key={column.vendorId}
                scope="col"
                className="px-3 py-2 text-right whitespace-nowrap"
              >
                {column.name}
                {column.loading && <span className="block text-[11px] font-normal">loading…</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {METRICS.map((metric) => (
            <tr key={metric.label}>
              <th
                scope="row"
                className={`${sticky} w-36 min-w-36 bg-white px-3 py-1.5 text-left font-medium sm:w-auto sm:whitespace-nowrap dark:bg-slate-900`}
              >
                {metric.label}
              </th>
              {columns.map((column) => (
                <td
                  key={column.vendorId}
                  className="px-3 py-1.5 text-right whitespace-nowrap tabular-nums"
                >
                  {column.hasData || metric.label === 'Data coverage' ? (
                    metric.value(column)
                  ) : (
                    <span className="text-slate-500 italic dark:text-slate-400">no data</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
