import { EXPORT_INK } from '../../../components/ui/chart-export-ink'
import type {
  ChartExportSource,
  ExportLegendItem,
} from '../../../components/ui/chart-export-source'
import { IMPACT_COLORS } from '../../../components/ui/impact-style'
import { describeFormula } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { drawGrid, drawLabels } from './draw-heatmap'
import { heatmapCoverage } from '../model/heatmap-coverage'
import type { HeatmapRow } from '../model/heatmap-model'
import { heatmapLayout } from '../model/heatmap-layout'
import type { HeatmapPlan } from '../model/heatmap-plan'
import { HEATMAP_STEPS } from '../model/heatmap-steps'

const LEGEND: ExportLegendItem[] = [
  ...HEATMAP_STEPS.map((step) => ({ label: step.label, color: step.color })),
  { label: 'No data', color: EXPORT_INK.noData, hatch: EXPORT_INK.noDataLine },
  { label: 'Maintenance that day (blue strip)', color: IMPACT_COLORS.maintenance },
  { label: 'Data covers part of the day (grey strip)', color: EXPORT_INK.noDataLine },
]

/** Rows as tall as the box allows (up to nearly three times the page's), so a slide fills with the grid. */
function exportRowHeight(boxHeight: number, headerHeight: number, rows: number): number {
  return Math.max(6, Math.min(56, Math.floor((boxHeight - headerHeight) / Math.max(1, rows))))
}

export function heatmapExportSource(input: {
  view: VendorView | null
  views: readonly VendorView[]
  rows: readonly HeatmapRow[]
  days: readonly string[]
  plan: HeatmapPlan
  analysis: Analysis
}): ChartExportSource {
  const { view, views, rows, days, plan, analysis } = input
  const { method, maintenanceMode, durationSource } = analysis.base
  const from = days[0] ?? analysis.period.from
  return {
    chart: 'heatmap',
    caption: {
      title: `Component heatmap: ${view ? view.config.name : 'all vendors'}, weighted downtime per day`,
      vendors: view ? [view.config.name] : views.map((v) => v.config.name),
      period: {
        label: `last ${days.length} days of ${analysis.period.label}`,
        from,
        to: analysis.period.to,
      },
      formula:
        `${describeFormula(method, maintenanceMode, durationSource)}. A cell's colour is the ` +
        `day's incident minutes × these weights${maintenanceMode === 'down' ? ', plus maintenance minutes' : ''}`,
      coverage: heatmapCoverage({ view, views, rows }),
    },
    allVendors: view === null,
    legend: LEGEND,
    chartHeight: (width) => {
      const base = heatmapLayout(width, days.length, rows.length)
      return base.headerHeight + rows.length * 24
    },
    draw: (context, width, height) => {
      const base = heatmapLayout(width, days.length, rows.length)
      const rowHeight = exportRowHeight(height, base.headerHeight, rows.length)
      const layout = { ...base, rowHeight, height: base.headerHeight + rowHeight * rows.length }
      drawLabels(context, rows, layout, EXPORT_INK)
      context.save()
      context.translate(layout.labelWidth, 0)
      drawGrid(context, days, plan, layout, EXPORT_INK)
      context.restore()
    },
  }
}
