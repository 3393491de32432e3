import type { ReactNode } from 'react'
import { useMediaQuery } from '../../../components/hooks/use-media-query'
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
    <span className="flex flex-col leading-tight sm:items-end">
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

const cellValue = (metric: Metric, column: CompareColumn) =>
  column.hasData || metric.label === 'Data coverage' ? (
    metric.value(column)
  ) : (
    <span className="text-slate-600 italic dark:text-slate-300">no data</span>
  )

/** On a phone each vendor is a block of its own, figures in two columns: no sideways scrolling. */
function CompareBlocks({ columns }: { columns: CompareColumn[] }) {
  return (
    <div className="grid gap-3">
      {columns.map((column) => (
        <section
          key={column.vendorId}
          aria-label={column.name}
          className="rounded-md border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
        >
          <h3 className="mb-2 text-sm font-semibold">
            {column.name}
            {column.loading && <span className="ml-2 text-xs font-normal">loading…</span>}
          </h3>
          <dl className="grid grid-cols-2 gap-x-3 gap-y-2 text-sm">
            {METRICS.map((metric) => (
              <div key={metric.label}>
                <dt className="text-xs text-slate-600 dark:text-slate-300">{metric.label}</dt>
                <dd className="tabular-nums">{cellValue(metric, column)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  )
}

/** Metrics down, vendors across, so each vendor reads as a column; the metric names stay put. */
export function CompareTable({ columns, caption }: { columns: CompareColumn[]; caption: string }) {
  const narrow = useMediaQuery('(max-width: 639px)')
  if (narrow) return <CompareBlocks columns={columns} />
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
                  {cellValue(metric, column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
