import { formatIncidentsCsv, formatUpdatesCsv } from '../../../core/report/format-incidents-csv'
import { formatStatsCsv } from '../../../core/report/format-stats-csv'
import type { Report } from '../../../core/report/report-model'
import type { DownloadableFile } from '../../../components/download-file'

export const EXPORT_KINDS = ['incidents', 'updates', 'sla', 'json'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]

/** Spreadsheets (Excel) read UTF-8 CSV correctly only with a byte order mark. */
export const UTF8_BOM = '\uFEFF'

const CSV_MIME = 'text/csv;charset=utf-8'

const FILES: Record<ExportKind, { name: string; ext: string; build: (r: Report) => string }> = {
  incidents: { name: 'incidents', ext: 'csv', build: formatIncidentsCsv },
  updates: { name: 'incident-updates', ext: 'csv', build: formatUpdatesCsv },
  sla: { name: 'sla', ext: 'csv', build: formatStatsCsv },
  json: { name: 'vendor-report', ext: 'json', build: (r) => `${JSON.stringify(r, null, 2)}\n` },
}

/**
 * One export of the report, named after its period (`incidents-2025-06-01_2026-06-01.csv`, `to`
 * exclusive like the URL): CSV as RFC 4180 with a BOM, JSON in the headless report's shape.
 */
export function buildExportFile(kind: ExportKind, report: Report): DownloadableFile {
  const { name, ext, build } = FILES[kind]
  const period = `${report.period.from ?? 'start'}_${report.period.to ?? 'now'}`
  const text = build(report)
  return ext === 'csv'
    ? { filename: `${name}-${period}.csv`, mime: CSV_MIME, text: UTF8_BOM + text }
    : { filename: `${name}-${period}.json`, mime: 'application/json', text }
}
