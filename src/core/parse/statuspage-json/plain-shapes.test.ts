import { describe, it } from 'vitest'
import { expectSameReading } from '../test-support/same-reading'
import { readAffectedComponent, readRawIncident, readRawUpdate } from './plain-shapes'
import { affectedComponentSchema, incidentSchema, parseOrThrow, updateSchema } from './schemas'

const ODD = ['text', 3, null, [], [{ id: 'x' }]]

describe('hand-written readers of Statuspage shapes', () => {
  it('read updates exactly as updateSchema does, broken ones included', () => {
    expectSameReading(readRawUpdate, (raw) => parseOrThrow(updateSchema, raw), [
      {
        status: 'resolved',
        body: 'b',
        created_at: 'c',
        display_at: null,
        affected_components: [{}],
        x: 1,
      },
      { status: '', body: 3, created_at: ['c'], affected_components: 'none' },
      { status: 'monitoring', affected_components: null },
      { body: 'no status' },
      { status: 4 },
      ...ODD,
    ])
  })

  it('read incidents exactly as incidentSchema does, broken ones included', () => {
    expectSameReading(readRawIncident, (raw) => parseOrThrow(incidentSchema, raw), [
      {
        id: 'abc',
        name: 'n',
        status: 'resolved',
        impact: 'minor',
        created_at: 'c',
        started_at: 's',
        resolved_at: null,
        shortlink: 'l',
        components: [],
        incident_updates: [{}],
        reminder_intervals: '[]',
      },
      {
        id: 12,
        name: '',
        scheduled_for: 5,
        scheduled_until: {},
        components: 'x',
        incident_updates: null,
      },
      { id: ' ', name: 'blank id is an id' },
      { id: '', name: 'empty id' },
      { id: 'a', name: null },
      { name: 'no id' },
      ...ODD,
    ])
  })

  it('read affected components exactly as affectedComponentSchema does', () => {
    const bySchema = (raw: unknown) => {
      const parsed = affectedComponentSchema.safeParse(raw)
      return parsed.success ? parsed.data : null
    }
    const shapes = [
      { code: 'c', name: 'n', old_status: 'operational', new_status: 1 },
      { name: ['x'] },
      {},
      ...ODD,
    ]
    expectSameReading(readAffectedComponent, bySchema, shapes)
  })
})
