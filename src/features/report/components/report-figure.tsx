import type { ReportFigure } from '../../../core/report/html/document-model'
import { ChartLegend, ChartSvg } from './chart-svg'

export function ReportFigureView({ figure }: { figure: ReportFigure }) {
  return (
    <figure className="vr-figure">
      <h3>{figure.title}</h3>
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
