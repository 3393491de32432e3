import { describe, expect, it } from 'vitest'
import { makeIncident, makeUpdate } from './__fixtures__/archive-fixtures'
import { classifyIncoming, isSameValue } from './incident-revision'

describe('classifyIncoming', () => {
  const open = makeIncident({
    id: 'abc',
    end: null,
    updates: [makeUpdate('2026-01-01T10:00:00.000Z')],
  })
  const resolved = {
    ...open,
    end: '2026-01-01T11:00:00.000Z',
    durationMinutes: 60,
    updates: [...open.updates, makeUpdate('2026-01-01T11:00:00.000Z')],
  }

  it('adds what is new and leaves identical copies alone', () => {
    expect(classifyIncoming(undefined, open)).toBe('added')
    expect(classifyIncoming(open, structuredClone(open))).toBe('unchanged')
  })

  it('replaces a stored version with one that is further along', () => {
    expect(classifyIncoming(open, resolved)).toBe('updated')
  })

  it('replaces a version at the same point when its facts changed', () => {
    expect(classifyIncoming(open, { ...open, impact: 'partial_outage' })).toBe('updated')
  })

  it('never rolls a stored incident back to an older copy', () => {
    expect(classifyIncoming(resolved, open)).toBe('unchanged')
  })
})

describe('isSameValue', () => {
  it('ignores key order and properties set to undefined', () => {
    expect(isSameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(
      true,
    )
    expect(isSameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(isSameValue({ a: null }, { a: {} })).toBe(false)
    expect(isSameValue([], {})).toBe(false)
  })
})
