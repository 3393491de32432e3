import { describe, expect, it } from 'vitest'
import type * as z from 'zod/mini'
import { readAffectedComponent, readRawIncident, readRawUpdate } from './plain-shapes'
import { affectedComponentSchema, incidentSchema, parseOrThrow, updateSchema } from './schemas'

/** What a reader gives for a value: its output, or the words it throws. */
function outcome(read: () => unknown) {
  try {
    return { ok: read() }
  } catch (error) {
    return { thrown: error instanceof Error ? error.message : String(error) }
  }
}

function expectSameAsSchema(
  schema: z.ZodMiniType,
  read: (raw: unknown) => unknown,
  shapes: unknown[],
) {
  for (const raw of shapes)
    expect(outcome(() => read(raw))).toEqual(outcome(() => parseOrThrow(schema, raw)))
}

const ODD = ['text', 3, null, [], [{ id: 'x' }]]

describe('hand-written readers of Statuspage shapes', () => {
  it('read updates exactly as updateSchema does, broken ones included', () => {
    expectSameAsSchema(updateSchema, readRawUpdate, [
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
    expectSameAsSchema(incidentSchema, readRawIncident, [
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
    for (const raw of shapes) expect(readAffectedComponent(raw)).toEqual(bySchema(raw))
  })
})
