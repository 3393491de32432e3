import { describe, expect, it } from 'vitest'
import type { Incident } from '../model'
import { makeIncident, makeMaintenance } from '../__fixtures__/make-incident'
import { computeVendorStats } from './vendor-stats'

const [TM, LOYALTY, MASS, ADMIN, SITE] = [
  'Transactional messages',
  'Loyalty',
  'Mass campaigns',
  'Admin panel',
  'Site personalization',
]
const ALL = [TM, LOYALTY, MASS, ADMIN, SITE]

/** The 20 items of ../shared/feeds/seeds/maestra-status-history.rss by the declared rule. */
function maestraSeed(): Incident[] {
  const incident = (title: string, start: string, end: string, components: string[]) =>
    makeIncident({ title, start, end, components, impact: 'unknown', impactInferred: true })
  const maintenance = (id: string, start: string, end: string, components: string[]) =>
    makeMaintenance({ id, title: 'Maintenance', start, end, components })
  return [
    maintenance('m-jun1', '2026-06-01T05:00:00Z', '2026-06-01T06:00:00Z', [TM, LOYALTY, MASS]),
    maintenance('m-may25', '2026-05-25T05:00:00Z', '2026-05-25T06:00:00Z', [LOYALTY, SITE]),
    maintenance('m-may24', '2026-05-24T05:00:00Z', '2026-05-24T06:00:00Z', [LOYALTY, SITE]),
    incident('CDP', '2026-05-21T02:15:00Z', '2026-05-21T09:55:00Z', ALL),
    incident('Admin', '2026-04-08T15:37:00Z', '2026-04-08T15:53:00Z', [ADMIN]),
    maintenance('m-mar16a', '2026-03-16T05:00:00Z', '2026-03-16T06:00:00Z', [LOYALTY, ADMIN, SITE]),
    maintenance('m-mar16b', '2026-03-16T05:00:00Z', '2026-03-16T06:00:00Z', [LOYALTY, ADMIN, SITE]),
    maintenance('m-mar9', '2026-03-09T05:00:00Z', '2026-03-09T06:00:00Z', [LOYALTY, ADMIN, SITE]),
    maintenance('m-jan26', '2026-01-26T06:00:00Z', '2026-01-26T06:00:00Z', ALL),
    maintenance('m-dec22', '2025-12-22T05:00:00Z', '2025-12-22T06:00:00Z', ALL),
    incident('Degradation', '2025-12-17T11:25:00Z', '2025-12-17T11:55:00Z', [LOYALTY, TM, SITE]),
    maintenance('m-nov3', '2025-11-03T05:00:00Z', '2025-11-03T05:30:00Z', ALL),
    incident('Transactional', '2025-10-20T14:50:00Z', '2025-10-20T15:25:00Z', [TM]),
    incident('Async', '2025-10-16T09:19:00Z', '2025-10-16T10:41:00Z', [TM]),
    maintenance('m-oct7', '2025-10-07T22:00:00Z', '2025-10-08T03:00:00Z', [ADMIN, SITE]),
    incident('Platform', '2025-10-04T14:39:00Z', '2025-10-04T14:50:00Z', [
      LOYALTY,
      ADMIN,
      SITE,
      MASS,
    ]),
    maintenance('m-sep29', '2025-09-29T07:00:00Z', '2025-09-29T08:00:00Z', [MASS, SITE, LOYALTY]),
    maintenance('m-aug11', '2025-08-11T06:00:00Z', '2025-08-11T07:00:00Z', [TM, MASS, LOYALTY]),
    incident('Scenarios', '2025-07-26T13:47:00Z', '2025-07-26T14:06:00Z', [TM]),
    incident('Partial', '2025-06-26T15:24:00Z', '2025-06-26T17:06:00Z', ALL),
  ]
}

describe('the maestra seed feed (ground truth of issue 3)', () => {
  const stats = computeVendorStats(maestraSeed(), {
    from: '2025-06-01',
    to: '2026-06-01',
    now: '2026-11-21T00:00:00Z',
    method: 'strict',
    maintenanceMode: 'exclude',
    durationSource: 'declared',
    coverage: { from: '2025-06-26T15:24:00Z', to: '2026-06-01T05:00:00Z' },
  })

  it('gives 8 incidents, 10 maintenances, 755 and 750 minutes, MTTR 94.375', () => {
    expect(stats.incidentCount).toBe(8)
    expect(stats.maintenanceCount).toBe(10)
    expect(stats.incidentMinutes).toBeCloseTo(755, 9)
    expect(stats.weightedIncidentMinutes).toBeCloseTo(755, 9)
    expect(stats.maintenanceMinutes).toBeCloseTo(750, 9)
    expect(stats.mttrMinutes).toBeCloseTo(94.375, 9)
    expect(stats.longestIncidentMinutes).toBe(460)
  })

  it('gives uptime 100 × (1 − 755 ÷ (525600 − 750)) over the full year when it is all covered', () => {
    const whole = computeVendorStats(maestraSeed(), {
      from: '2025-06-01',
      to: '2026-06-01',
      now: '2026-11-21T00:00:00Z',
      method: 'strict',
      coverage: { from: '2025-06-01T00:00:00Z', to: '2026-06-01T05:00:00Z' },
    })
    expect(whole.periodMinutes).toBe(525_600)
    expect(whole.uptimePercent).toBeCloseTo(100 * (1 - 755 / 524_850), 10)
    expect(whole.uptimePercent?.toFixed(5)).toBe('99.85615')
    expect(whole.coverage.partialCoverage).toBe(false)
  })

  it('computes uptime over the covered part only when the feed starts later (2025-06-26 15:24)', () => {
    expect(stats.periodMinutes).toBe(525_600)
    expect(stats.coverage.coveredMinutes).toBe(488_676)
    expect(stats.uptimePercent).toBeCloseTo(100 * (1 - 755 / (488_676 - 750)), 10)
    expect(stats.uptimePercent?.toFixed(5)).toBe('99.84526')
    expect(stats.coverage.partialCoverage).toBe(true)
    expect(stats.coverage.coverageNote).toMatch(/^data covers 2025-06-26 onward \(93\.0 %/)
    expect(stats.sla).toMatchObject({ status: 'breached', creditPercent: 10 })
  })

  it('gives each component its own union, e.g. Transactional messages', () => {
    const transactional = stats.components.find((component) => component.name === TM)
    // Incidents 460 + 30 + 35 + 82 + 19 + 102; maintenance Aug 11, Nov 3, Dec 22, Jan 26 (0 min).
    expect(transactional?.incidentMinutes).toBeCloseTo(728, 9)
    expect(transactional?.maintenanceMinutes).toBeCloseTo(150, 9)
    expect(transactional?.uptimePercent).toBeCloseTo(100 * (1 - 728 / (488_676 - 150)), 10)
    expect(stats.components.map((component) => component.name)).toEqual([...ALL].sort())
  })

  it('keeps the field names scripts depend on, as plain JSON', () => {
    expect(Object.keys(stats)).toEqual(
      expect.arrayContaining([
        'incidentCount',
        'maintenanceCount',
        'incidentMinutes',
        'weightedIncidentMinutes',
        'maintenanceMinutes',
        'uptimePercent',
        'mttrMinutes',
        'longestIncidentMinutes',
        'formula',
        'coverage',
        'months',
        'quarters',
        'sla',
        'components',
      ]),
    )
    expect(Object.keys(stats.components[0] ?? {})).toEqual(
      expect.arrayContaining([
        'name',
        'incidentMinutes',
        'weightedIncidentMinutes',
        'maintenanceMinutes',
        'uptimePercent',
      ]),
    )
    expect(stats.months).toHaveLength(12)
    expect(stats.quarters.map((quarter) => quarter.label)).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ])
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats)
  })
})
