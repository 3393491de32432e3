import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../features/workspace/settings/settings-schema'
import { applySharedSettings, readSharedSettings, shareUrl } from './share-link'

describe('shareable links', () => {
  it('carry the method, maintenance mode and duration source next to the view state', () => {
    const settings = {
      ...defaultSettings(),
      method: {
        preset: 'custom' as const,
        weights: { major_outage: 1, partial_outage: 0.5, degraded_performance: 0, unknown: 0.5 },
      },
      maintenanceMode: 'down' as const,
      durationSource: 'timeline' as const,
    }
    const url = new URL(shareUrl('http://app.test/?view=sla&period=30d', settings))
    expect(url.searchParams.get('view')).toBe('sla')
    expect(url.searchParams.get('method')).toBe('custom:major=1,partial=0.5,degraded=0,unknown=0.5')
    const shared = readSharedSettings(url.searchParams)
    expect(applySharedSettings(defaultSettings(), shared)).toMatchObject({
      method: settings.method,
      maintenanceMode: 'down',
      durationSource: 'timeline',
    })
  })

  it('ignores values it cannot read', () => {
    expect(
      readSharedSettings(new URLSearchParams('method=lenient&maintenance=sideways&durations=x')),
    ).toEqual({})
  })
})
