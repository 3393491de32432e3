import type { ReportFigure } from '../../../core/report/html/document-model'
import { ChartLegend, ChartSvg } from './chart-svg'

export function ReportFigureView({ figure, id }: { figure: ReportFigure; id: string }) {
  // Focusable: on a phone the chart scrolls sideways, and the keyboard must reach it too.
  return (
    <figure className="vr-figure" tabIndex={0} aria-labelledby={id}>
      <h3 id={id}>{figure.title}</h3>
      {figure.chart && (
        <>
          <ChartSvg spec={figure.chart} />
          <ChartLegend entries={figure.chart.legend} />
        </>
      )}
      <figcaption className="vr-caption">{figure.caption}</figcaption>
    </figure>
  )
}
