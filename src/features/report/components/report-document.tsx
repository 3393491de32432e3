import type { ReportDocumentModel } from '../../../core/report/html/document-model'
import { REPORT_CSS } from '../../../core/report/html/report-css'
import { useDocumentStyles } from '../hooks/use-document-styles'
import { VendorSectionView } from './vendor-section'

/** The print document: the same model, CSS and shapes as `report --format html`. */
export function ReportDocument({
  model,
  vendorIds,
}: {
  model: ReportDocumentModel
  /** `vendorIds[i]` is the vendor of `model.vendors[i]`: stable keys, so sections never remount. */
  vendorIds: readonly string[]
}) {
  // The shared stylesheet, so the app and the CLI print alike.
  useDocumentStyles(REPORT_CSS)
  return (
    <article className="vr-report" aria-label={model.title}>
      <header className="vr-doc-head">
        <h1>{model.title}</h1>
        {model.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </header>
      {model.vendors.map((section, i) => (
        <VendorSectionView
          key={vendorIds[i] ?? i}
          section={section}
          idPrefix={`vr-${(vendorIds[i] ?? String(i)).replace(/[^\w-]/g, '_')}`}
        />
      ))}
    </article>
  )
}
