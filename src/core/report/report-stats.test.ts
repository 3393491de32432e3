import { describe, expect, it } from 'vitest'
import type { Incident } from '../model'
import { buildReport } from './build-report'
import { statsPeriod } from './report-stats'

const NOW = '2026-06-01T12:00:00Z'
const incident = (start: string, end: string | null) => ({ start, end }) as Incident

describe('the period of a vendor’s figures', () => {
  it('runs from the first covered day to the day after the last', () => {
    const coverage = { from: '2026-03-01T10:00:00Z', to: '2026-03-05T23:00:00Z' }
    expect(statsPeriod({}, coverage, [], NOW)).toEqual({ from: '2026-03-01', to: '2026-03-06' })
  })

  it('stops at now, and keeps --from and --to as given', () => {
    const open = [incident('2026-05-30T00:00:00Z', null)]
    expect(statsPeriod({}, { from: null, to: null }, open, NOW)).toEqual({
      from: '2026-05-30',
      to: '2026-06-02',
    })
    const given = { from: '2026-01-01', to: '2026-02-01' }
    expect(statsPeriod(given, { from: null, to: null }, open, NOW)).toEqual(given)
  })

  it('is a day long, never reversed, when the data ends before it starts', () => {
    const coverage = { from: '2026-03-05T10:00:00Z', to: '2026-03-01T10:00:00Z' }
    expect(statsPeriod({}, coverage, [], NOW)).toEqual({ from: '2026-03-05', to: '2026-03-06' })
    expect(statsPeriod({ to: '2026-03-01' }, coverage, [], NOW)).toEqual({
      from: '2026-03-05',
      to: '2026-03-06',
    })
  })

  it('skips text that is no date instead of throwing', () => {
    const coverage = { from: 'not a date', to: '+010000-01-01T00:00:00Z' }
    const odd = [incident('2026-02-10T00:00:00Z', 'garbage')]
    expect(statsPeriod({}, coverage, odd, NOW)).toEqual({ from: '2026-02-10', to: '2026-06-02' })
  })
})

describe('the report on a coverage no parser would give', () => {
  it('gives figures instead of “The period must end after it starts”', () => {
    const feed = {
      format: 'generic-rss' as const,
      vendor: 'Acme',
      pageUrl: null,
      components: [],
      incidents: [],
      // Date.parse reads Feb 30 as Mar 2: as text it sorts before the day after Feb 28.
      coverage: { from: '2026-02-30T00:00:00Z', to: '2026-02-28T12:00:00Z' },
      capturedAt: null,
      warnings: [],
    }
    const report = buildReport([{ location: 'x', feed }], {}, { now: NOW })
    expect(report.vendors[0]?.stats.months.map((m) => m.label)).toEqual(['2026-03'])
  })
})
