import { useMemo, useRef, useState } from 'react'
import { Button } from '../../../components/ui/button'
import { ChartExportMenu } from '../../../components/ui/chart-export-menu'
import type { ChartExportSource } from '../../../components/ui/chart-export-source'
import { useElementWidth } from '../../../components/ui/element-width'
import type { TimeRange } from '../../../core/stats/index'
import { formatSpan, formatUtc } from '../../workspace/model/format-utc'
import type { TimelineBar } from '../model/timeline-bars'
import type { TimelineLane } from '../model/timeline-lanes'
import { timelineLayout } from '../model/timeline-layout'
import { panWindow, zoomWindow } from '../model/view-window'
import { TimelineBarList } from './timeline-bar-list'
import { TimelineCanvas } from './timeline-canvas'

interface TimelineChartProps {
  lanes: readonly TimelineLane[]
  bounds: TimeRange
  now: number
  label: string
  vendorName: (vendorId: string) => string
  incidentHref: (bar: TimelineBar) => string
  onOpen: (bar: TimelineBar) => void
  /** The export of what is in view (the zoomed window when zoomed). */
  exportSource: (visible: TimeRange) => ChartExportSource
}

/** Zoom and pan controls, the visible range, the canvas and its table alternative. */
export function TimelineChart(props: TimelineChartProps) {
  const { bounds, lanes } = props
  const [visible, setVisible] = useState<TimeRange>(bounds)
  const box = useRef<HTMLDivElement>(null)
  const width = useElementWidth(box, 'timeline')
  // A stable layout: hovering redraws only the overlay canvas.
  const layout = useMemo(() => timelineLayout(width, lanes.length), [width, lanes.length])
  const span = visible.end - visible.start
  const zoomed = visible.start !== bounds.start || visible.end !== bounds.end
  return (
    <div>
      <div
        className="mb-2 flex flex-wrap items-center gap-2 text-sm"
        role="toolbar"
        aria-label="Zoom and pan"
      >
        <Button size="sm" onClick={() => setVisible(zoomWindow(visible, 0.5, 0.5, bounds))}>
          Zoom in
        </Button>
        <Button size="sm" onClick={() => setVisible(zoomWindow(visible, 2, 0.5, bounds))}>
          Zoom out
        </Button>
        <Button size="sm" onClick={() => setVisible(panWindow(visible, -span * 0.5, bounds))}>
          ← Earlier
        </Button>
        <Button size="sm" onClick={() => setVisible(panWindow(visible, span * 0.5, bounds))}>
          Later →
        </Button>
        <Button size="sm" disabled={!zoomed} onClick={() => setVisible(bounds)}>
          Whole period
        </Button>
        <p aria-live="polite" className="text-xs text-slate-600 dark:text-slate-300">
          Showing {formatUtc(visible.start)} → {formatUtc(visible.end)} UTC ({formatSpan(span)})
        </p>
        <div className="ml-auto">
          <ChartExportMenu chartName="timeline" source={() => props.exportSource(visible)} />
        </div>
      </div>
      <div ref={box} className="w-full">
        {width > 0 && (
          <TimelineCanvas {...props} layout={layout} visible={visible} setVisible={setVisible} />
        )}
      </div>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        Drag or Shift + wheel to pan, Ctrl/⌘ + wheel or pinch to zoom; when the chart has focus, ←/→
        pan, + and − zoom, Home shows the whole period.
      </p>
      <TimelineBarList
        lanes={lanes}
        layout={layout}
        visible={visible}
        incidentHref={props.incidentHref}
        onOpen={props.onOpen}
      />
    </div>
  )
}
