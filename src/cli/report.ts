import { parseFeed } from '../core/parse/index'
import { buildReport, type ReportSource } from '../core/report/build-report'
import { formatIncidentsCsv } from '../core/report/format-incidents-csv'
import { formatReportMarkdown } from '../core/report/format-markdown'
import { toIsoUtc } from '../core/time/instants'
import { readInputFile } from './read-input'
import { parseReportArgs, REPORT_USAGE, UsageError } from './report-args'

async function loadSource(input: string): Promise<ReportSource> {
  const text = await readInputFile(input).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${input}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)
  })
  const outcome = parseFeed(text, { location: input })
  if (!outcome.ok) throw new Error(`${input}: ${outcome.error.message}`)
  for (const warning of outcome.feed.warnings)
    process.stderr.write(`${input}: warning: ${warning}\n`)
  return { location: input, feed: outcome.feed }
}

async function main(argv: string[]): Promise<number> {
  const args = parseReportArgs(argv)
  const sources = await Promise.all(args.inputs.map(loadSource))
  const report = buildReport(sources, { from: args.from, to: args.to }, toIsoUtc(Date.now()))
  const output =
    args.format === 'json'
      ? JSON.stringify(report, null, 2) + '\n'
      : args.format === 'csv'
        ? formatIncidentsCsv(report)
        : formatReportMarkdown(report)
  process.stdout.write(output)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`report: ${message}\n`)
    if (error instanceof UsageError) process.stderr.write(`${REPORT_USAGE}\n`)
    process.exit(error instanceof UsageError ? 2 : 1)
  },
)
