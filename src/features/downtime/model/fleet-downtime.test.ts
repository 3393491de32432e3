import { describe, expect, it } from 'vitest'
import { maestraView, makeAnalysis, viewFromFixture } from '../../workspace/__fixtures__/demo-views'
import { OTHER_KEY, capFleetRows, fleetBarLabel, fleetDowntime } from './fleet-downtime'

const fleet = () => [
  maestraView(),
  viewFromFixture('Voyado', 'seeds/voyado-engage-incident-report.txt'),
  viewFromFixture('GitHub', 'real/statuspage-history-github-2026-02-04.atom'),
]

describe('fleetDowntime', () => {
  it('gives one row per vendor for a chosen month', () => {
    const { rows, from, to } = fleetDowntime(fleet(), makeAnalysis(), 'month', '2026-05')
    const maestra = rows.find((row) => row.key === 'maestra')
    expect(maestra?.maintenanceMinutes).toBe(120)
    expect(maestra?.incidentMinutes).toBe(460)
    expect([from, to]).toEqual(['2026-05-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z'])
  })

  it('sums the whole period when no slice (or an unknown one) is chosen', () => {
    for (const slice of [null, '1999-01']) {
      const maestra = fleetDowntime(fleet(), makeAnalysis(), 'month', slice).rows.find(
        (row) => row.key === 'maestra',
      )
      expect(maestra?.maintenanceMinutes).toBe(750)
      expect(maestra?.incidentMinutes).toBe(755)
    }
  })

  it('sums the vendors beyond the cap into one "other" row without losing minutes', () => {
    const full = fleetDowntime(fleet(), makeAnalysis(), 'month', null).rows
    const capped = capFleetRows(full, 2)
    expect(capped).toHaveLength(2)
    expect(capped[0]?.key).toBe(full[0]?.key)
    expect(capFleetRows(full, 3)).toEqual(full)
    expect(capped[1]).toMatchObject({ key: OTHER_KEY, vendorCount: 2, name: 'Other (2 vendors)' })
    const total = (rows: typeof full) => rows.reduce((sum, row) => sum + row.incidentMinutes, 0)
    expect(total(capped)).toBeCloseTo(total(full), 9)
  })

  it('puts the vendor with most incident minutes first and vendors without data last', () => {
    const rows = fleetDowntime(fleet(), makeAnalysis(), 'month', null).rows
    expect(rows.at(-1)).toMatchObject({ key: 'Voyado', coveredFraction: 0 })
    const covered = rows.filter((row) => row.coveredFraction > 0)
    for (let i = 1; i < covered.length; i += 1) {
      expect(rows[i - 1]?.incidentMinutes ?? 0).toBeGreaterThanOrEqual(
        rows[i]?.incidentMinutes ?? 0,
      )
    }
  })

  it('reports no coverage for a vendor whose data starts after the slice', () => {
    const rows = fleetDowntime(fleet(), makeAnalysis(), 'month', '2025-06').rows
    const voyado = rows.find((row) => row.key === 'Voyado')
    expect(voyado?.coveredFraction).toBe(0)
  })
})

describe('fleetDowntime memo', () => {
  it('returns the same object while the vendors and the slice are unchanged', () => {
    const views = fleet()
    const analysis = makeAnalysis()
    const first = fleetDowntime(views, analysis, 'month', '2026-05')
    expect(fleetDowntime(views, { ...analysis }, 'month', '2026-05')).toBe(first)
    expect(fleetDowntime(views, analysis, 'month', '2026-04')).not.toBe(first)
  })
})

describe('fleetBarLabel', () => {
  const [row] = fleetDowntime(fleet(), makeAnalysis(), 'month', null).rows
  if (!row) throw new Error('no row')

  it('says why a vendor has no bar', () => {
    expect(fleetBarLabel({ ...row, coveredFraction: 0, loading: false })).toBe(
      `${row.name} (no data)`,
    )
    expect(fleetBarLabel({ ...row, coveredFraction: 0, loading: true })).toBe(
      `${row.name} (loading)`,
    )
    expect(fleetBarLabel({ ...row, coveredFraction: 0.5 })).toBe(row.name)
  })

  it('shortens a long name to fit the axis', () => {
    const label = fleetBarLabel({
      ...row,
      name: 'A very long vendor name indeed, Inc.',
      coveredFraction: 1,
    })
    expect(label).toBe('A very long vendor na…')
  })
})

describe('fleetDowntime order', () => {
  it('lists vendors without data last, by name, whatever minutes their items claim', () => {
    const analysis = makeAnalysis('strict', '2025-06-01', '2025-12-01')
    const rows = fleetDowntime(fleet(), analysis, 'month', null).rows
    expect(rows.map((row) => [row.key, row.coveredFraction > 0])).toEqual([
      ['maestra', true],
      ['GitHub', false],
      ['Voyado', false],
    ])
  })
})
