import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFeed } from '../../../core/parse/index'
import { makeIncident, makeMaintenance } from '../../../core/__fixtures__/make-incident'
import { buildVendorBars } from './timeline-bars'
import { formatUtcSpan } from '../../workspace/model/format-utc'

const options = { vendorId: 'v1', durationSource: 'declared' as const, excludedComponents: [] }

describe('buildVendorBars', () => {
  it('spans the Voyado demo incident from 14:09 to 15:41 UTC', () => {
    const text = readFileSync('public/demo/voyado-engage-incident.txt', 'utf8')
    const parsed = parseFeed(text)
    if (!parsed.ok) throw new Error(parsed.error.message)
    const [bar] = buildVendorBars(parsed.feed.incidents, options).bars
    expect(bar && formatUtcSpan(bar.start, bar.end)).toBe('2025-04-30 14:09–15:41 UTC')
    expect(bar?.durationMinutes).toBe(92)
  })

  it('follows the duration source: timeline figures replace the declared ones', () => {
    const incident = makeIncident({
      start: '2025-01-10T10:00:00.000Z',
      end: '2025-01-10T11:00:00.000Z',
      timeline: {
        start: '2025-01-10T10:20:00.000Z',
        end: '2025-01-10T12:00:00.000Z',
        durationMinutes: 100,
      },
    })
    const declared = buildVendorBars([incident], options).bars[0]
    const timeline = buildVendorBars([incident], { ...options, durationSource: 'timeline' }).bars[0]
    expect(declared?.durationMinutes).toBe(60)
    expect(timeline?.start).toBe(Date.parse('2025-01-10T10:20:00Z'))
    expect(timeline?.durationMinutes).toBe(100)
  })

  it('marks maintenance, keeps open items open and sorts by start', () => {
    const bars = buildVendorBars(
      [
        makeIncident({ start: '2025-02-01T00:00:00.000Z', end: null }),
        makeMaintenance({ start: '2025-01-01T00:00:00.000Z', end: '2025-01-01T02:00:00.000Z' }),
      ],
      options,
    ).bars
    expect(bars.map((bar) => bar.level)).toEqual(['maintenance', 'major_outage'])
    expect(bars[1]?.end).toBeNull()
  })

  it('leaves out excluded components and incidents that only touched them', () => {
    const bars = buildVendorBars(
      [
        makeIncident({ components: ['API', 'Docs'] }),
        makeIncident({ components: ['Docs'], start: '2025-03-01T00:00:00.000Z' }),
      ],
      { ...options, excludedComponents: ['Docs'] },
    ).bars
    expect(bars.map((bar) => bar.components)).toEqual([['API']])
  })

  it('merges duplicates of one event under different ids', () => {
    const twin = makeIncident()
    const bars = buildVendorBars([twin, { ...twin, id: 'other-id' }], options).bars
    expect(bars).toHaveLength(1)
  })
})
