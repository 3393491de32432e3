import { describe, expect, it } from 'vitest'
import { readDowntimeParams } from './downtime-params'

const read = (search: string, ids = ['a', 'b']) =>
  readDowntimeParams(new URLSearchParams(search), ids)

describe('readDowntimeParams', () => {
  it('defaults to the first vendor by month', () => {
    expect(read('')).toEqual({ mode: 'vendor', bucket: 'month', vendorId: 'a', slice: null })
  })

  it('reads every param it knows', () => {
    expect(read('downtime=fleet&bucket=week&vendor=b&slice=2026-05-04')).toEqual({
      mode: 'fleet',
      bucket: 'week',
      vendorId: 'b',
      slice: '2026-05-04',
    })
  })

  it('falls back on unknown values and vendors that no longer exist', () => {
    expect(read('downtime=pie&bucket=day&vendor=gone')).toMatchObject({
      mode: 'vendor',
      bucket: 'month',
      vendorId: 'a',
    })
    expect(read('', []).vendorId).toBeNull()
  })
})
