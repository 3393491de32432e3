import { memo } from 'react'
import type { VendorSection } from '../../../core/report/html/document-model'
import { ReportFigureView } from './report-figure'
import { ReportTableView } from './report-table'

/**
 * One vendor's pages of the report; the CSS starts each vendor after the first on a new page.
 * Memoized: sections are cached objects, so adding one vendor never re-renders the others.
 */
export const VendorSectionView = memo(function VendorSectionView({
  section,
  idPrefix,
}: {
  section: VendorSection
  /** Unique per vendor and stable while the selection changes. */
  idPrefix: string
}) {
  const id = (part: string) => `${idPrefix}-${part}`
  return (
    <section className="vr-vendor" aria-labelledby={id('name')}>
      <h2 id={id('name')}>{section.name}</h2>
      <div className="vr-meta">
        {section.meta.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <dl className="vr-facts">
        {section.facts.map((fact) => (
          <div key={fact.label} className="vr-fact">
            <dt>{fact.label}</dt>
            <dd className={fact.tone ? `vr-${fact.tone}` : undefined}>
              {fact.value}
              {fact.detail && <span className="vr-detail">{fact.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {section.notice && <p className="vr-notice">{section.notice}</p>}
      {section.sla && <ReportTableView table={section.sla} id={id('sla')} />}
      {section.components && <ReportTableView table={section.components} id={id('components')} />}
      {section.heatmap && <ReportFigureView figure={section.heatmap} id={id('heatmap')} />}
      {section.downtime && <ReportFigureView figure={section.downtime} id={id('downtime')} />}
      <ReportTableView table={section.incidents} id={id('incidents')} />
      <h3>Method and coverage</h3>
      <dl className="vr-notes">
        {section.notes.map((note) => (
          <div key={note.label}>
            <dt>{note.label}</dt>
            <dd>{note.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
})
