import { describe, expect, it } from 'vitest'
import { readFixture } from '../__fixtures__/fixtures'
import type { ParsedFeed } from '../model'
import { parseFeed } from './index'

function parsed(text: string): ParsedFeed {
  const outcome = parseFeed(text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

/** The fixture with one exact text replaced; fails loudly if the text is not there. */
function edited(path: string, from: string, to: string): string {
  const text = readFixture(path)
  expect(text.split(from)).toHaveLength(2)
  return text.replace(from, to)
}

describe('a date that does not exist in a real feed', () => {
  it('drops that Instatus update with a warning; the incident keeps its other updates', () => {
    const path = 'seeds/maestra-status-history.rss'
    const before = parsed(readFixture(path))
    const after = parsed(edited(path, 'Apr 9, 16:28:00 GMT+0', 'Feb 30, 16:28:00 GMT+0'))
    const admin = (feed: ParsedFeed) =>
      feed.incidents.find((i) => i.updates.some((u) => u.at === '2026-04-08T15:37:00Z'))
    expect(admin(before)?.updates.map((u) => u.status)).toEqual([
      'Investigating',
      'Resolved',
      'Postmortem',
    ])
    expect(admin(after)?.updates.map((u) => u.status)).toEqual(['Investigating', 'Postmortem'])
    expect(after.warnings.join('\n')).toMatch(
      /update of Feb 30, 16:28:00 GMT\+0, .* does not exist/,
    )
    expect(after.incidents).toHaveLength(before.incidents.length)
  })

  it('drops a Statuspage update on Feb 29 of 2026 (never Mar 1) and keeps the rest', () => {
    const path = 'real/statuspage-history-github-2026-02-04.atom'
    const stamp = (day: string) =>
      `Feb &lt;var data-var='date'&gt; ${day}&lt;/var&gt;, &lt;var data-var='time'&gt;18:06`
    const feed = parsed(edited(path, stamp('3'), stamp('29')))
    const all = feed.incidents.flatMap((i) => i.updates.map((u) => u.at))
    expect(all.some((at) => at.startsWith('2026-03-01'))).toBe(false)
    expect(feed.warnings.join('\n')).toMatch(/Skipped 1 update\(s\) of .* impossible date/)
    expect(feed.incidents).toHaveLength(parsed(readFixture(path)).incidents.length)
  })

  it('drops that posted update of a pasted incident page and keeps the others', () => {
    const path = 'seeds/voyado-engage-incident-report.txt'
    const feed = parsed(edited(path, 'Posted May 13, 2025', 'Posted Feb 29, 2025'))
    expect(feed.incidents[0]?.updates).toHaveLength(5)
    expect(feed.warnings.join('\n')).toMatch(/Posted Feb 29, 2025.*does not exist/)
  })

  it('skips an RSS item dated in year 0000 instead of placing it in 2000', () => {
    const rss = (date: string) =>
      `<item><guid>${date}</guid><title>t</title><pubDate>${date}</pubDate></item>`
    const feed = parsed(
      `<rss version="2.0"><channel><title>Acme</title>${rss('Sat, 01 Jan 0000 10:00:00 GMT')}${rss('Mon, 02 Mar 2026 10:00:00 GMT')}</channel></rss>`,
    )
    expect(feed.incidents.map((i) => i.start)).toEqual(['2026-03-02T10:00:00Z'])
    expect(feed.warnings.join('\n')).toMatch(/no readable date/)
  })
})
