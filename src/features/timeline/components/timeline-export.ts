import { IMPACT_LEVELS } from '../../../core/model'
import { EXPORT_INK } from '../../../components/ui/chart-export-ink'
import type {
  ChartExportSource,
  ExportLegendItem,
} from '../../../components/ui/chart-export-source'
import { IMPACT_COLORS, IMPACT_LABELS } from '../../../components/ui/impact-style'
import { describeFormula, type TimeRange } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { drawTimeline } from './draw-timeline'
import { planBars } from '../model/bar-plan'
import { formatUtc } from '../../workspace/model/format-utc'
import type { TimelineLane } from '../model/timeline-lanes'
import { timelineLayout } from '../model/timeline-layout'
import { timelineCoverage } from '../model/timeline-coverage'
import { DAY_MS } from '../../../core/time/instants'

const LEGEND: ExportLegendItem[] = [
  ...IMPACT_LEVELS.map((level) => ({ label: IMPACT_LABELS[level], color: IMPACT_COLORS[level] })),
  { label: 'Maintenance (hatched)', color: '#bfdbfe', hatch: IMPACT_COLORS.maintenance },
  { label: 'No data', color: EXPORT_INK.noData, hatch: EXPORT_INK.noDataLine },
  { label: 'Now (dashed line)', color: EXPORT_INK.focus },
]

/** Lanes as tall as the box allows, within what keeps bars and labels readable. */
function exportLaneHeight(boxHeight: number, axisHeight: number, lanes: number): number {
  return Math.max(12, Math.min(64, Math.floor((boxHeight - axisHeight) / Math.max(1, lanes))))
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The timeline as shown (the zoomed window, when zoomed), framed for an image. */
export function timelineExportSource(input: {
  view: VendorView | null
  views: readonly VendorView[]
  lanes: readonly TimelineLane[]
  analysis: Analysis
  visible: TimeRange
  bounds: TimeRange
}): ChartExportSource {
  const { view, views, lanes, analysis, visible, bounds } = input
  const { method, maintenanceMode, durationSource } = analysis.base
  const zoomed = visible.start !== bounds.start || visible.end !== bounds.end
  return {
    chart: 'timeline',
    caption: {
      title: `Incident timeline: ${view ? view.config.name : 'all vendors'}`,
      vendors: view ? [view.config.name] : views.map((v) => v.config.name),
      period: zoomed
        ? {
            label: `${formatUtc(visible.start)} to ${formatUtc(visible.end)} UTC, zoomed in on ${analysis.period.label}`,
            from: day(visible.start),
            to: day(visible.end + DAY_MS - 1),
          }
        : analysis.period,
      formula: `${describeFormula(method, maintenanceMode, durationSource)}. Bars span each item's start to end by that duration source`,
      coverage: timelineCoverage(view, views, lanes),
    },
    allVendors: view === null,
    legend: LEGEND,
    chartHeight: () => lanes.length * 28 + 40,
    draw: (context, width, height) => {
      const base = timelineLayout(width, lanes.length)
      const laneHeight = exportLaneHeight(height, base.axisHeight, lanes.length)
      const layout = {
        ...base,
        laneHeight,
        height: Math.max(1, lanes.length) * laneHeight + base.axisHeight,
      }
      const plan = planBars(lanes, layout, visible)
      drawTimeline(context, lanes, layout, visible, analysis.nowMs, plan, EXPORT_INK)
    },
  }
}
