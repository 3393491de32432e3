import { useEffect, useState } from 'react'
import type { ReportDocumentModel, VendorSection } from '../../../core/report/html/document-model'
import { REPORT_TITLE, documentLines } from '../../../core/report/html/vendor-section'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { cachedVendorSection, vendorSectionFor } from '../model/vendor-section-cache'

/** Work per step before the browser gets a frame back. */
const STEP_BUDGET_MS = 40

export interface ReportModelState {
  model: ReportDocumentModel
  /** Vendors whose section is ready; the rest follow a few per frame. */
  prepared: number
  total: number
  /** Builds every remaining section at once (before printing). */
  prepareAll: () => void
}

/** The leading vendors whose sections are built: the document shows them, in order. */
function builtSections(views: readonly VendorView[], analysis: Analysis): VendorSection[] {
  const sections: VendorSection[] = []
  for (const view of views) {
    const section = cachedVendorSection(view, analysis)
    if (!section) break
    sections.push(section)
  }
  return sections
}

/**
 * The print document of the chosen vendors, built a few vendors per frame so a large workspace never
 * freezes the page; sections are cached per vendor, so a new selection shows at once.
 */
export function useReportModel(views: readonly VendorView[], analysis: Analysis): ReportModelState {
  const [, setBuilt] = useState(0)
  const sections = builtSections(views, analysis)
  const prepared = sections.length
  const total = views.length

  useEffect(() => {
    if (prepared >= total) return
    const timer = setTimeout(() => {
      const started = performance.now()
      let next = prepared
      do {
        const view = views[next]
        if (view) vendorSectionFor(view, analysis)
        next += 1
      } while (next < total && performance.now() - started < STEP_BUDGET_MS)
      setBuilt((count) => count + 1)
    }, 0)
    return () => clearTimeout(timer)
  }, [views, analysis, prepared, total])

  return {
    model: {
      title: REPORT_TITLE,
      lines: documentLines(
        analysis.period,
        views.map((v) => v.config.name),
        analysis.base.now,
      ),
      vendors: sections,
    },
    prepared,
    total,
    prepareAll: () => {
      for (const view of views) vendorSectionFor(view, analysis)
      setBuilt((count) => count + 1)
    },
  }
}
