export const REPORT_FORMATS = ['md', 'json', 'csv', 'html'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export interface ReportArgs {
  format: ReportFormat
  from?: string
  to?: string
  inputs: string[]
  /** `--server URL`: read the shared workspace's vendors and history from this server's store. */
  server?: string
  /** `--vendor ID_OR_NAME`, repeatable: only these vendors of the server's workspace. */
  vendors: string[]
  /** Options that later flags add (method, maintenance, …), by name. */
  options: Record<string, string>
}

export const REPORT_USAGE = [
  'Usage: npm run --silent report -- [options] <file or URL>...',
  '       npm run --silent report -- --server URL [--vendor ID_OR_NAME]... [options]',
  '  --format md|json|csv|html     output (default md); html is the print-ready SLA report',
  '  --from YYYY-MM-DD             first day of the period (00:00 UTC)',
  '  --to YYYY-MM-DD               day after the period (00:00 UTC, exclusive)',
  '  --method statuspage|incidentio|strict|custom:major=1,partial=0.5,degraded=0,unknown=0.5',
  '  --maintenance exclude|up|down --duration-source declared|timeline --target 99.9',
  '  --min-coverage 90             percent of a period the data must cover for an SLA verdict',
  '  --table incidents|updates|stats   which CSV table (default incidents)',
  '  --history 12                  backfill each Statuspage URL input: N months of history.json',
  '                                pages and every incident in them (two requests at a time)',
  "  --server http://host:8080     the history the server's store collected, for every vendor of",
  '                                its workspace (sends $AUTH_TOKEN when set)',
  '  --vendor ID_OR_NAME           with --server: only this vendor (repeatable)',
].join('\n')

export class UsageError extends Error {}

const DAY = /^\d{4}-\d{2}-\d{2}$/

function checkServer(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new UsageError(`--server wants the server's http(s) address, not "${value}".`)
  }
  return value
}

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
  const args: ReportArgs = { format: 'md', inputs: [], vendors: [], options: {} }
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
    else if (flag === '--server') args.server = checkServer(value)
    else if (flag === '--vendor') args.vendors.push(value)
    else if (extraFlags.includes(flag)) args.options[flag.slice(2)] = value
    else throw new UsageError(`Unknown option ${flag}.`)
  }
  if (args.inputs.length === 0 && !args.server)
    throw new UsageError('Name at least one feed file or URL, or a --server.')
  if (args.vendors.length > 0 && !args.server)
    throw new UsageError('--vendor picks vendors of a --server; name the server too.')
  if (args.from && args.to && args.from >= args.to)
    throw new UsageError('--from must be before --to.')
  return args
}
