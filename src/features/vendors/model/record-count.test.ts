import { describe, expect, it } from 'vitest'
import { countByKind, describeRecordCount } from './record-count'

describe('record counts', () => {
  it('counts incidents and maintenance apart', () => {
    const kinds = ['incident', 'maintenance', 'incident'] as const
    expect(countByKind(kinds.map((kind) => ({ kind })))).toEqual({ incidents: 2, maintenance: 1 })
    expect(countByKind([])).toEqual({ incidents: 0, maintenance: 0 })
  })

  it('says them in words, leaving out maintenance when there is none', () => {
    expect(describeRecordCount({ incidents: 8, maintenance: 11 })).toBe(
      '8 incidents and 11 maintenance windows',
    )
    expect(describeRecordCount({ incidents: 1, maintenance: 1 })).toBe(
      '1 incident and 1 maintenance window',
    )
    expect(describeRecordCount({ incidents: 0, maintenance: 0 })).toBe('0 incidents')
    expect(describeRecordCount({ incidents: 12345, maintenance: 0 })).toBe('12,345 incidents')
  })
})
