import type { Incident } from '../src/core/model'

/** A deterministic fleet (no Math.random): `vendors` × `perVendor` incidents over a year, 8 components each. */
export function generateFleet(vendors = 40, perVendor = 250): Incident[][] {
  let seed = 42
  const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32
  const levels = ['major_outage', 'partial_outage', 'degraded_performance', 'unknown'] as const
  const yearStart = Date.parse('2025-01-01T00:00:00Z')
  return Array.from({ length: vendors }, (_, v) =>
    Array.from({ length: perVendor }, (_, i): Incident => {
      const start = yearStart + Math.floor(next() * 365 * 86_400_000)
      const minutes = Math.floor(5 + next() * 240)
      const end = start + minutes * 60_000
      const maintenance = next() < 0.15
      const components = Array.from(
        { length: 1 + Math.floor(next() * 3) },
        () => `Component ${Math.floor(next() * 8)}`,
      )
      const iso = (ms: number) => new Date(ms).toISOString()
      return {
        id: `v${v}-i${i}`,
        aliases: [],
        vendor: `Vendor ${v}`,
        kind: maintenance ? 'maintenance' : 'incident',
        title: `Incident ${i}`,
        url: null,
        components: [...new Set(components)],
        componentsInferred: false,
        impact: maintenance ? 'none' : (levels[Math.floor(next() * levels.length)] ?? 'unknown'),
        impactInferred: false,
        start: iso(start),
        end: iso(end),
        durationMinutes: minutes,
        declaredDurationMinutes: null,
        timeline: { start: iso(start), end: iso(end), durationMinutes: minutes },
        scheduledStart: null,
        scheduledEnd: null,
        updates: [
          {
            at: iso(start),
            status: 'Investigating',
            text: 'Looking into it.',
            body: 'Looking into it.',
            bodyFormat: 'text',
          },
          { at: iso(end), status: 'Resolved', text: 'Fixed.', body: 'Fixed.', bodyFormat: 'text' },
        ],
        flags: [],
        format: 'statuspage-json',
      }
    }),
  )
}
