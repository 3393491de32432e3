import { describe, expect, it } from 'vitest'
import { maestraView, makeAnalysis, viewFromFixture } from '../../workspace/__fixtures__/demo-views'
import { compareColumns } from './compare-figures'

describe('compareColumns', () => {
  it("gives maestra's period figures side by side with Voyado's", () => {
    const voyado = viewFromFixture('Voyado', 'seeds/voyado-engage-incident-report.txt')
    const analysis = makeAnalysis('strict')
    const [maestra, other] = compareColumns([maestraView(), voyado], analysis)
    expect(maestra).toMatchObject({
      name: 'maestra',
      incidentCount: 8,
      mttrMinutes: 94.375,
      maintenanceMinutes: 750,
      hasData: true,
    })
    expect(maestra?.uptimePercent).toBeCloseTo(
      // maestra's feed speaks from 2025-06-26 15:24: uptime over the covered part only.
      100 * (1 - 755 / (488_676 - 750)),
      5,
    )
    expect(other?.name).toBe('Voyado')
  })

  it('takes the maintenance share over the whole period', () => {
    const [maestra] = compareColumns([maestraView()], makeAnalysis())
    expect(maestra?.maintenanceShare).toBeCloseTo(750 / (365 * 1440), 12)
  })

  it('counts incidents by level so that the levels add up to the incident count', () => {
    const [maestra] = compareColumns([maestraView()], makeAnalysis())
    const counts = Object.values(maestra?.countsByImpact ?? {})
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(maestra?.incidentCount)
  })
})
