import { useState } from 'react'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'

const sameParts = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((part, i) => part === b[i])

/**
 * The analysis as of the report's generation: the minute clock alone does not rebuild the document
 * (40 vendors × 10,000 incidents is seconds of work); a new period, method or history does.
 */
export function useReportSnapshot(views: readonly VendorView[], analysis: Analysis): Analysis {
  const { method, maintenanceMode, durationSource } = analysis.base
  const parts = [
    JSON.stringify([analysis.period, method, maintenanceMode, durationSource]),
    ...views.flatMap((v) => [v.incidents, v.config, v.coverage]),
  ]
  const [snapshot, setSnapshot] = useState({ parts, analysis })
  if (sameParts(snapshot.parts, parts)) return snapshot.analysis
  setSnapshot({ parts, analysis })
  return analysis
}
