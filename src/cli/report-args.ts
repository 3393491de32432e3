export const REPORT_FORMATS = ['md', 'json', 'csv', 'html'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export interface ReportArgs {
  format: ReportFormat
  from?: string
  to?: string
  inputs: string[]
  /** Options that later flags add (method, maintenance, …), by name. */
  options: Record<string, string>
}

export const REPORT_USAGE = [
  'Usage: npm run --silent report -- [options] <file or URL>...',
  '  --format md|json|csv|html     output (default md); html is the print-ready SLA report',
  '  --from YYYY-MM-DD             first day of the period (00:00 UTC)',
  '  --to YYYY-MM-DD               day after the period (00:00 UTC, exclusive)',
  '  --method statuspage|incidentio|strict|custom:major=1,partial=0.5,degraded=0,unknown=0.5',
  '  --maintenance exclude|up|down --duration-source declared|timeline --target 99.9',
  '  --table incidents|updates|stats   which CSV table (default incidents)',
  '  --history 12                  backfill each Statuspage URL input: N months of history.json',
  '                                pages and every incident in them (two requests at a time)',
].join('\n')

export class UsageError extends Error {}

const DAY = /^\d{4}-\d{2}-\d{2}$/

function checkDay(flag: string, value: string): string {
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`${flag} wants a date like 2026-01-31, not "${value}".`)
  }
  return value
}

/** Parses the report's command line; throws UsageError with a sentence a person understands. */
export function parseReportArgs(
  argv: readonly string[],
  extraFlags: readonly string[] = [],
): ReportArgs {
  const args: ReportArgs = { format: 'md', inputs: [], options: {} }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined]
    if (!flag?.startsWith('--')) {
      args.inputs.push(arg)
      continue
    }
    const value = inline ?? argv[++i]
    if (value === undefined) throw new UsageError(`${flag} needs a value.`)
    if (flag === '--format') {
      if (!(REPORT_FORMATS as readonly string[]).includes(value)) {
        throw new UsageError(`--format is one of ${REPORT_FORMATS.join(', ')}, not "${value}".`)
      }
      args.format = value as ReportFormat
    } else if (flag === '--from') args.from = checkDay(flag, value)
    else if (flag === '--to') args.to = checkDay(flag, value)
    else if (extraFlags.includes(flag)) args.options[flag.slice(2)] = value
    else throw new UsageError(`Unknown option ${flag}.`)
  }
  if (args.inputs.length === 0) throw new UsageError('Name at least one feed file or URL.')
  if (args.from && args.to && args.from >= args.to)
    throw new UsageError('--from must be before --to.')
  return args
}
