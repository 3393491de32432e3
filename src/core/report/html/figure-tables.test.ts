import { describe, expect, it } from 'vitest'
import { computeVendorStats } from '../../stats/index'
import { makeIncident } from '../../__fixtures__/make-incident'
import { buildSlaTable } from './figure-tables'

describe('the SLA table of the report', () => {
  it('leaves out the months no data covers and says which in one line', () => {
    const stats = computeVendorStats(
      [makeIncident({ start: '2025-03-10T10:00:00.000Z', end: '2025-03-10T11:00:00.000Z' })],
      {
        from: '2025-01-01',
        to: '2025-07-01',
        now: '2026-01-01T00:00:00.000Z',
        coverage: { from: '2025-03-01T00:00:00.000Z', to: '2025-05-01T00:00:00.000Z' },
      },
    )
    const table = buildSlaTable(stats)
    const labels = table.rows.map((row) => row.cells[0])
    expect(labels).toContain('2025-03')
    expect(labels).toContain('2025-04')
    for (const month of ['2025-01', '2025-02', '2025-05', '2025-06']) {
      expect(labels).not.toContain(month)
    }
    expect(table.note).toBe('4 months without data left out (2025-01, 2025-02, 2025-05, 2025-06).')
  })
})
