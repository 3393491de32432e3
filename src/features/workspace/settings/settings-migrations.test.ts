import { describe, expect, it } from 'vitest'
import { SETTINGS_MIGRATIONS, migrateSettings } from './settings-migrations'
import { SETTINGS_VERSION } from './settings-schema'

const v1ToV2 = (old: Record<string, unknown>) => ({ ...old, version: 2, density: 'compact' })
const v2ToV3 = (old: Record<string, unknown>) => {
  const { density, ...rest } = old
  return { ...rest, version: 3, layout: { density } }
}

describe('migrateSettings', () => {
  it('has no steps yet: version 1 is the first', () => {
    expect(SETTINGS_VERSION).toBe(1)
    expect(Object.keys(SETTINGS_MIGRATIONS)).toEqual([])
  })

  it('runs every step from the stored version to the target, in order', () => {
    const outcome = migrateSettings({ version: 1, theme: 'dark' }, { 1: v1ToV2, 2: v2ToV3 }, 3)
    expect(outcome).toEqual({
      kind: 'migrated',
      from: 1,
      data: { version: 3, theme: 'dark', layout: { density: 'compact' } },
    })
    expect(migrateSettings({ version: 2, density: 'roomy' }, { 1: v1ToV2, 2: v2ToV3 }, 3)).toEqual({
      kind: 'migrated',
      from: 2,
      data: { version: 3, layout: { density: 'roomy' } },
    })
  })

  it('leaves current data and data without a version number to the repair step', () => {
    const current = { version: 3 }
    expect(migrateSettings(current, { 1: v1ToV2 }, 3)).toEqual({ kind: 'current', data: current })
    expect(migrateSettings({ theme: 'dark' }, {}, 3).kind).toBe('current')
    expect(migrateSettings({ version: '2' }, {}, 3).kind).toBe('current')
    expect(migrateSettings('text', {}, 3).kind).toBe('current')
  })

  it('reports a future version without touching it', () => {
    expect(migrateSettings({ version: 7 }, { 1: v1ToV2 }, 3)).toEqual({
      kind: 'future',
      version: 7,
    })
  })

  it('calls data unreadable when a step is missing, throws or returns no object', () => {
    expect(migrateSettings({ version: 1 }, { 2: v2ToV3 }, 3)).toEqual({
      kind: 'unreadable',
      version: 1,
    })
    const throwing = () => {
      throw new Error('bad data')
    }
    expect(migrateSettings({ version: 1 }, { 1: throwing }, 2).kind).toBe('unreadable')
    const notAnObject = () => [] as unknown as Record<string, unknown>
    expect(migrateSettings({ version: 1 }, { 1: notAnObject }, 2).kind).toBe('unreadable')
  })

  it('never picks a step from the prototype', () => {
    expect(migrateSettings({ version: 0 }, {}, 1).kind).toBe('unreadable')
  })
})
