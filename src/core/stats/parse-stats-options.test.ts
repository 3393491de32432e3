import { describe, expect, it } from 'vitest'
import {
  parseDurationSource,
  parseMaintenanceMode,
  parseMethod,
  parseSlaTarget,
} from './parse-stats-options'

describe('parseMethod', () => {
  it('reads the presets', () => {
    expect(parseMethod('statuspage')).toEqual({
      ok: true,
      value: {
        name: 'statuspage',
        weights: { major_outage: 1, partial_outage: 0.3, degraded_performance: 0, unknown: 0.3 },
      },
    })
    expect(parseMethod(' incidentio ')).toMatchObject({ ok: true, value: { name: 'incidentio' } })
    expect(parseMethod('strict')).toMatchObject({
      value: {
        weights: { major_outage: 1, partial_outage: 1, degraded_performance: 1, unknown: 1 },
      },
    })
  })

  it('reads custom weights in any order', () => {
    expect(parseMethod('custom:major=1,partial=0.5,degraded=0,unknown=0.5')).toEqual({
      ok: true,
      value: {
        name: 'custom',
        weights: { major_outage: 1, partial_outage: 0.5, degraded_performance: 0, unknown: 0.5 },
      },
    })
    expect(parseMethod('custom:unknown=.25, degraded=0.1,partial=1,major=1.0')).toMatchObject({
      ok: true,
      value: { weights: { unknown: 0.25, degraded_performance: 0.1 } },
    })
  })

  it.each([
    ['uptimerobot', 'Unknown method "uptimerobot"'],
    ['custom:major=1,partial=0.5,degraded=0', 'missing: unknown'],
    [
      'custom:major=1,partial=0.5,degraded=0,unknown=1.5',
      'Weight for unknown must be a number from 0 to 1',
    ],
    ['custom:major=1,partial=-0.5,degraded=0,unknown=0', 'Weight for partial must be'],
    ['custom:major=1,partial=half,degraded=0,unknown=0', 'got "half"'],
    ['custom:major=1,major=1,partial=0,degraded=0,unknown=0', 'major is given twice'],
    ['custom:major=1,minor=0.5,degraded=0,unknown=0', 'Unknown level "minor"'],
    ['custom:major', 'Cannot read "major"'],
  ])('explains what is wrong with %s', (text, message) => {
    const outcome = parseMethod(text)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.error).toContain(message)
  })
})

describe('the other CLI options', () => {
  it('reads maintenance modes, duration sources and targets', () => {
    expect(parseMaintenanceMode('down')).toEqual({ ok: true, value: 'down' })
    expect(parseMaintenanceMode('ignore')).toMatchObject({ ok: false })
    expect(parseDurationSource('timeline')).toEqual({ ok: true, value: 'timeline' })
    expect(parseDurationSource('postmortem')).toMatchObject({ ok: false })
    expect(parseSlaTarget('99.9')).toEqual({ ok: true, value: 99.9 })
    expect(parseSlaTarget('100')).toEqual({ ok: true, value: 100 })
    expect(parseSlaTarget('0')).toMatchObject({ ok: false })
    expect(parseSlaTarget('99.9%')).toMatchObject({ ok: false })
  })
})
