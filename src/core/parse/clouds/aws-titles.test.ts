import { describe, expect, it } from 'vitest'
import { impactFromAwsStatusCode, readAwsTitle } from './aws-titles'

describe('readAwsTitle', () => {
  it('splits the state prefix and keeps the English part of a bilingual title', () => {
    expect(
      readAwsTitle(
        'Informational message: [解決済] APIのエラー率の増加 | [RESOLVED] API Increased API Error Rates',
      ),
    ).toEqual({
      state: 'Informational message',
      text: 'API Increased API Error Rates',
      resolved: true,
    })
  })

  it('reads a data.json summary with a resolution marker and three languages', () => {
    expect(
      readAwsTitle('[RESOLVED] API错误率的上升 | API的錯誤率上升 | Increased API error rates'),
    ).toEqual({
      state: null,
      text: 'Increased API error rates',
      resolved: true,
    })
  })

  it('reads the operating-normally state without a marker', () => {
    expect(
      readAwsTitle('Service is operating normally: インスタンス | Instance Availability'),
    ).toEqual({
      state: 'Service is operating normally',
      text: 'Instance Availability',
      resolved: false,
    })
  })
})

describe('impactFromAwsStatusCode', () => {
  it('maps disruption, degradation and informational; leaves 0 to inference', () => {
    expect(['3', '2', '1', '0', null].map(impactFromAwsStatusCode)).toEqual([
      'partial_outage',
      'degraded_performance',
      'degraded_performance',
      null,
      null,
    ])
  })
})
