import { parseFeed } from '../core/parse/index'
import type { ReportSource } from '../core/report/build-report'
import { parseFetchEnv } from '../server/env'
import { fetchFeedText } from '../server/safe-fetch'
import { readInputFile } from './read-input'

export const isUrl = (input: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input)

async function readText(input: string): Promise<string> {
  if (isUrl(input)) {
    // The same safe fetcher as the proxy: same address rules, same limits (src/server).
    const fetched = await fetchFeedText(input, parseFetchEnv(process.env)).catch((error: Error) => {
      throw new Error(`${input}: ${error.message}`)
    })
    return fetched.body
  }
  return readInputFile(input).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${input}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)
  })
}

/** Reads and parses one file or URL; warnings go to stderr, failures name the input. */
export async function loadSource(input: string): Promise<ReportSource> {
  const fetchedAt = new Date().toISOString()
  const outcome = parseFeed(await readText(input), { location: input })
  if (!outcome.ok) throw new Error(`${input}: ${outcome.error.message}`)
  // A feed fetched live speaks for the moment it was fetched; a file only for its own capture.
  const { coverage } = outcome.feed
  if (isUrl(input) && coverage.from && (!coverage.to || coverage.to < fetchedAt)) {
    outcome.feed.coverage = { from: coverage.from, to: fetchedAt }
  }
  for (const warning of outcome.feed.warnings)
    process.stderr.write(`${input}: warning: ${warning}\n`)
  return { location: input, feed: outcome.feed }
}
