import type { Report } from '../core/report/report-model'
import { formatIncidentsCsv, formatUpdatesCsv } from '../core/report/format-incidents-csv'
import { formatReportMarkdown } from '../core/report/format-markdown'
import { formatStatsCsv } from '../core/report/format-stats-csv'
import { formatStatsMarkdown } from '../core/report/format-stats-markdown'
import { renderReportHtml } from '../core/report/html/render-report-html'
import { buildDocumentModel } from '../core/report/html/vendor-section'
import { toIsoUtc } from '../core/time/instants'
import { statuspageBase } from '../core/backfill/urls'
import { backfillSources } from './backfill-input'
import { buildGroupedReport, buildGroupedReportWithCharts, sourceGroups } from './grouped-report'
import { isUrl, loadSource } from './load-input'
import { parseReportArgs, REPORT_USAGE, UsageError } from './report-args'
import {
  readCsvTable,
  readHistoryMonths,
  readStatsOptions,
  STATS_FLAGS,
  type CsvTable,
} from './report-options'
import { loadServerVendors } from './server-input'

const CSV: Record<CsvTable, (report: Report) => string> = {
  incidents: formatIncidentsCsv,
  updates: formatUpdatesCsv,
  stats: formatStatsCsv,
}

async function main(argv: string[]): Promise<number> {
  const args = parseReportArgs(argv, STATS_FLAGS)
  const statsOptions = readStatsOptions(args.options, toIsoUtc(Date.now()))
  const table = readCsvTable(args.options)
  const history = readHistoryMonths(args.options)
  const sources = []
  for (const input of args.inputs) {
    if (history !== null && isUrl(input)) {
      sources.push(...(await backfillSources(input, history)))
      // A page address is no feed; a feed address is read as well.
      if (statuspageBase(input)) sources.push(await loadSource(input))
    } else sources.push(await loadSource(input))
  }
  const server = args.server
    ? await loadServerVendors(args.server, args.vendors, process.env.AUTH_TOKEN || undefined)
    : []
  const groups = sourceGroups(sources, server, statsOptions)
  const period = { from: args.from, to: args.to }
  if (args.format === 'html') {
    const { report, charts } = buildGroupedReportWithCharts(groups, period, statsOptions.now)
    process.stdout.write(renderReportHtml(buildDocumentModel(report, charts)))
    return 0
  }
  const report = buildGroupedReport(groups, period, statsOptions.now)
  if (args.format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n')
  else if (args.format === 'csv') process.stdout.write(CSV[table](report))
  else
    process.stdout.write(
      formatReportMarkdown(report, (vendor) => formatStatsMarkdown(vendor.stats)),
    )
  return 0
}

// exitCode, never exit(): exit() would cut stdout short when it is a pipe that has not drained.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`report: ${message}\n`)
    if (error instanceof UsageError) process.stderr.write(`${REPORT_USAGE}\n`)
    process.exitCode = error instanceof UsageError ? 2 : 1
  },
)
