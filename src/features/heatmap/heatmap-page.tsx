import { NoVendorsYet } from '../../components/ui/no-vendors'
import { useMemo, useState } from 'react'
import { useSearchParam } from '../../components/url-state'
import { LoadingNote } from '../workspace/components/loading-note'
import type { Analysis } from '../workspace/hooks/use-analysis'
import type { VendorView } from '../workspace/hooks/use-vendor-views'
import { CellIncidentList } from './components/cell-incident-list'
import { HeatmapCanvas } from './components/heatmap-canvas'
import { ChartExportMenu } from '../../components/ui/chart-export-menu'
import { HeatmapCaption } from './components/heatmap-caption'
import { heatmapExportSource } from './components/heatmap-export'
import { HeatmapLegend } from './components/heatmap-legend'
import { heatmapSeries } from './model/heatmap-series'
import { HeatmapSummaryTable } from './components/heatmap-summary-table'
import { dayString, HEATMAP_SPANS, heatmapRange, parseSpan } from './model/heatmap-range'
import { rememberedPlan } from './model/heatmap-plan'
import type { Cell } from './model/cell-keys'
import { ALL_VENDORS, VendorSelect } from '../workspace/components/vendor-select'
import { vendorDataEnd } from '../workspace/model/vendor-figures'
import { DAY_MS } from '../../core/time/instants'

const selectClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800'

/** Component heatmap: components × days coloured by weighted downtime minutes. */
export function HeatmapPage({ views, analysis }: { views: VendorView[]; analysis: Analysis }) {
  const [vendorParam, setVendor] = useSearchParam('vendor', ALL_VENDORS)
  const [spanParam, setSpan] = useSearchParam('days')
  const span = parseSpan(spanParam)
  const view = views.find((v) => v.config.id === vendorParam) ?? null
  const { from, to } = analysis.period
  // One vendor's map ends at its own data end, so an older capture never opens on empty days.
  const dataEnd = view && view.coverage?.to ? vendorDataEnd(view, analysis.base.now) : null
  const range = useMemo(() => heatmapRange({ from, to }, span, dataEnd), [from, to, span, dataEnd])
  const rows = useMemo(
    () => heatmapSeries(views, view, analysis, range),
    [views, view, analysis, range],
  )
  const days = rows[0] ? Math.round((range.end - range.start) / DAY_MS) : 0
  const plan = useMemo(() => rememberedPlan(rows, days), [rows, days])
  const dayLabels = useMemo(
    () => Array.from({ length: days }, (_, d) => dayString(range.start + d * DAY_MS)),
    [days, range.start],
  )
  // The chosen cell by row key and day, so it survives range changes only where it still exists.
  const [selected, setSelected] = useState<{ key: string; day: string } | null>(null)
  const selectedRow = selected ? rows.find((row) => row.key === selected.key) : undefined
  const selectedDay = selected ? dayLabels.indexOf(selected.day) : -1
  const onSelect = (cell: Cell | null) => {
    const row = cell && rows[cell.row]
    setSelected(row && cell ? { key: row.key, day: dayLabels[cell.day] ?? '' } : null)
  }
  const title = `Component heatmap: ${view ? view.config.name : 'all vendors'}, ${dayLabels[0] ?? ''} → ${dayLabels.at(-1) ?? ''} (${days} days)`
  return (
    <section aria-labelledby="heatmap-title">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h1 id="heatmap-title" className="text-xl font-semibold">
          {title}
        </h1>
        <div className="flex flex-wrap items-end gap-3">
          {views.length > 0 && (
            <ChartExportMenu
              chartName="heatmap"
              source={() =>
                heatmapExportSource({ view, views, rows, days: dayLabels, plan, analysis })
              }
            />
          )}
          <VendorSelect
            allLabel="All vendors (one row each)"
            views={views}
            value={view ? view.config.id : ALL_VENDORS}
            onChange={(id) => setVendor(id === ALL_VENDORS ? null : id)}
          />
          <div className="flex flex-col gap-1 text-sm">
            <label
              htmlFor="heatmap-days"
              className="text-xs font-medium text-slate-500 dark:text-slate-400"
            >
              Days
            </label>
            <select
              id="heatmap-days"
              className={selectClass}
              value={span}
              onChange={(e) => setSpan(e.target.value)}
            >
              {HEATMAP_SPANS.map((s) => (
                <option key={s} value={s}>
                  Last {s} days of the period
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      {views.length === 0 ? (
        <NoVendorsYet purpose="to see its days in a heatmap" />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
          <LoadingNote views={view ? [view] : views} />
          <HeatmapLegend downtimeRule={`${analysis.base.method.name} weights`} />
          <div className="mt-3">
            <HeatmapCanvas
              key={`${view?.config.id ?? ALL_VENDORS}-${range.start}-${range.end}`}
              rows={rows}
              days={dayLabels}
              plan={plan}
              fleet={view === null}
              label={title}
              selected={
                selectedRow && selectedDay >= 0
                  ? { row: rows.indexOf(selectedRow), day: selectedDay }
                  : null
              }
              onSelect={onSelect}
            />
          </div>
          {selectedRow && selected && selectedDay >= 0 && (
            <CellIncidentList
              row={selectedRow}
              dayIndex={selectedDay}
              day={selected.day}
              dayStart={range.start + selectedDay * DAY_MS}
              durationSource={analysis.base.durationSource}
              onClose={() => setSelected(null)}
            />
          )}
          <HeatmapCaption view={view} views={views} rows={rows} analysis={analysis} />
          <HeatmapSummaryTable rows={rows} days={days} />
        </div>
      )}
    </section>
  )
}
