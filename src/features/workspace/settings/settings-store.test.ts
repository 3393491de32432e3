import { describe, expect, it, vi } from 'vitest'
import { createFakeStorage, quotaExceeded } from './__fixtures__/fake-storage'
import { SETTINGS_KEY } from './settings-load'
import { defaultSettings, type VendorConfig } from './settings-schema'
import { createSettingsStore } from './settings-store'

const NOW = new Date('2026-03-01T12:00:00.000Z')
const now = () => NOW
const UNSAVED = "Settings can't be saved in this browser; changes last until you close the tab."

function vendor(overrides: Partial<VendorConfig> = {}): VendorConfig {
  return {
    id: 'vendor-1',
    name: 'GitHub',
    sources: [{ id: 'source-1', kind: 'url', url: 'https://www.githubstatus.com/history.atom' }],
    slaTarget: 99.9,
    excludedComponents: [],
    demo: false,
    addedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }
}

function stored(storage: ReturnType<typeof createFakeStorage>): unknown {
  return JSON.parse(storage.items.get(SETTINGS_KEY) ?? 'null')
}

describe('createSettingsStore', () => {
  it('starts from defaults and saves valid changes', () => {
    const storage = createFakeStorage()
    const store = createSettingsStore({ storage, now })
    expect(store.get()).toEqual(defaultSettings())
    expect(store.notices()).toEqual([])
    const result = store.update((s) => ({ ...s, theme: 'dark', vendors: [vendor()] }))
    expect(result.ok).toBe(true)
    expect(stored(storage)).toMatchObject({ version: 1, theme: 'dark', vendors: [vendor()] })
    expect(createSettingsStore({ storage, now }).get()).toEqual(store.get())
  })

  it('refuses an invalid change and keeps the current settings', () => {
    const storage = createFakeStorage()
    const store = createSettingsStore({ storage, now })
    const result = store.update((s) => ({ ...s, vendors: [vendor({ name: '' })] }))
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('vendors.0.name') })
    expect(store.get().vendors).toEqual([])
    expect(storage.items.has(SETTINGS_KEY)).toBe(false)
  })

  it('resets corrupt JSON to defaults and keeps a copy (D1)', () => {
    const storage = createFakeStorage({ [SETTINGS_KEY]: '{bad json' })
    const store = createSettingsStore({ storage, now })
    expect(store.get()).toEqual(defaultSettings())
    expect(store.notices().map((n) => n.message)).toEqual([
      'Your saved settings could not be read and were reset; a copy was kept.',
    ])
    expect(storage.items.get(`${SETTINGS_KEY}.corrupt.${NOW.getTime()}`)).toBe('{bad json')
    expect(stored(storage)).toEqual(defaultSettings())
  })

  it('leaves corrupt settings in place when no copy can be kept', () => {
    const storage = createFakeStorage({ [SETTINGS_KEY]: '{bad json' })
    storage.writeError = quotaExceeded()
    const store = createSettingsStore({ storage, now })
    expect(store.notices().map((n) => n.id)).toEqual(['settings-reset', 'settings-unsaved'])
    expect(store.persistence()).toBe('memory')
    storage.writeError = null
    expect(store.update((s) => ({ ...s, theme: 'dark' })).ok).toBe(true)
    expect(storage.items.get(SETTINGS_KEY)).toBe('{bad json')
    expect(store.get().theme).toBe('dark')
  })

  it('keeps valid sibling fields of a wrong shape (D2)', () => {
    const raw = JSON.stringify({
      version: 1,
      vendors: 'not-an-array',
      theme: 42,
      timeZone: 'local',
    })
    const storage = createFakeStorage({ [SETTINGS_KEY]: raw })
    const store = createSettingsStore({ storage, now })
    expect(store.get()).toEqual({ ...defaultSettings(), timeZone: 'local' })
    expect(store.notices()).toEqual([
      {
        id: 'settings-repaired',
        level: 'warning',
        message:
          'Some saved settings were not valid and were reset (vendor list, theme); everything ' +
          'else was kept, and a copy of what was there was kept.',
      },
    ])
    expect(storage.items.get(`${SETTINGS_KEY}.corrupt.${NOW.getTime()}`)).toBe(raw)
    expect(stored(storage)).toEqual(store.get())
  })

  it('treats the shape of another app as wrong, not as a crash', () => {
    const raw = '{"v":3,"feeds":"not-an-array","theme":42}'
    const store = createSettingsStore({ storage: createFakeStorage({ [SETTINGS_KEY]: raw }), now })
    expect(store.get()).toEqual(defaultSettings())
    expect(store.notices()[0]?.id).toBe('settings-repaired')
  })

  it('drops hostile vendor entries one by one and strips unknown keys (D3, D4)', () => {
    const raw = JSON.stringify({
      ...defaultSettings(),
      extra: 'x',
      vendors: [
        {
          ...vendor(),
          constructor: { prototype: { x: 1 } },
          sources: [
            { id: 's-bad', kind: 'url', url: 'javascript:alert(1)' },
            { id: 's-path', kind: 'demo', path: '/demo/../api/feed' },
            { id: 's-ok', kind: 'url', url: 'https://status.example.com/feed', sneaky: 1 },
          ],
          slaTarget: 400,
        },
        vendor({ id: 'vendor-2', name: 'x'.repeat(10_000) }),
        vendor({ id: 'vendor-3', name: 'Other' }),
      ],
    }).replace('"extra":"x"', '"__proto__":{"polluted":1}')
    const storage = createFakeStorage({ [SETTINGS_KEY]: raw })
    const store = createSettingsStore({ storage, now })
    const { vendors } = store.get()
    expect(vendors.map((v) => v.id)).toEqual(['vendor-1', 'vendor-3'])
    expect(vendors[0]?.sources).toEqual([
      { id: 's-ok', kind: 'url', url: 'https://status.example.com/feed' },
    ])
    expect(vendors[0]?.slaTarget).toBe(99.9)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    const saved = storage.items.get(SETTINGS_KEY) ?? ''
    expect(saved).not.toMatch(/__proto__|constructor|sneaky|javascript/)
  })

  it('never overwrites settings of a future version (D5)', () => {
    const raw = JSON.stringify({ version: 99, theme: 'dark' })
    const storage = createFakeStorage({ [SETTINGS_KEY]: raw })
    const store = createSettingsStore({ storage, now })
    expect(store.get()).toEqual(defaultSettings())
    expect(store.persistence()).toBe('read-only')
    expect(store.notices()[0]?.message).toContain(
      'newer version of Vendor Reliability (version 99)',
    )
    expect(store.update((s) => ({ ...s, theme: 'light' })).ok).toBe(true)
    expect(store.get().theme).toBe('light')
    expect(storage.items.get(SETTINGS_KEY)).toBe(raw)
  })

  it('migrates old versions through the table and saves the result', () => {
    const raw = JSON.stringify({ version: 0, colour: 'dark' })
    const storage = createFakeStorage({ [SETTINGS_KEY]: raw })
    const migrations = {
      0: (old: Record<string, unknown>) => ({ ...defaultSettings(), theme: old.colour }),
    }
    const store = createSettingsStore({ storage, now, migrations })
    expect(store.get().theme).toBe('dark')
    expect(store.notices()).toEqual([])
    expect(stored(storage)).toEqual({ ...defaultSettings(), theme: 'dark' })
  })

  it('resets a version it has no migration for, keeping a copy', () => {
    const raw = JSON.stringify({ version: 0, theme: 'dark' })
    const storage = createFakeStorage({ [SETTINGS_KEY]: raw })
    const store = createSettingsStore({ storage, now })
    expect(store.get()).toEqual(defaultSettings())
    expect(store.notices()[0]?.id).toBe('settings-reset')
    expect(storage.items.get(`${SETTINGS_KEY}.corrupt.${NOW.getTime()}`)).toBe(raw)
  })

  it('keeps working in memory when the quota is full, with one notice (D6)', () => {
    const storage = createFakeStorage()
    const store = createSettingsStore({ storage, now })
    const listener = vi.fn()
    store.subscribe(listener)
    storage.writeError = quotaExceeded()
    expect(store.update((s) => ({ ...s, theme: 'dark' })).ok).toBe(true)
    expect(store.update((s) => ({ ...s, timeZone: 'local' })).ok).toBe(true)
    expect(store.get()).toMatchObject({ theme: 'dark', timeZone: 'local' })
    expect(store.notices().map((n) => n.message)).toEqual([UNSAVED])
    expect(store.persistence()).toBe('memory')
    expect(listener).toHaveBeenCalled()
    storage.writeError = null
    store.update((s) => ({ ...s, theme: 'light' }))
    expect(stored(storage)).toMatchObject({ theme: 'light', timeZone: 'local' })
    expect(store.notices()).toEqual([])
    expect(store.persistence()).toBe('saved')
  })

  it('falls back to memory when storage is missing or its reads throw (D7)', () => {
    const missing = createSettingsStore({ storage: null, now })
    expect(missing.notices().map((n) => n.message)).toEqual([UNSAVED])
    expect(missing.update((s) => ({ ...s, theme: 'dark' })).ok).toBe(true)
    expect(missing.get().theme).toBe('dark')
    const blocked = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
      setItem: vi.fn(),
    }
    const store = createSettingsStore({ storage: blocked, now })
    expect(store.notices().map((n) => n.message)).toEqual([UNSAVED])
    store.update((s) => ({ ...s, theme: 'dark' }))
    expect(blocked.setItem).not.toHaveBeenCalled()
  })
})

describe('settings from other tabs', () => {
  it('ignores malformed values and applies valid ones (D8)', () => {
    const store = createSettingsStore({ storage: createFakeStorage(), now })
    const listener = vi.fn()
    store.subscribe(listener)
    store.receiveStoredValue('{bad json')
    store.receiveStoredValue(JSON.stringify({ version: 1, theme: 42 }))
    store.receiveStoredValue(null)
    expect(store.get()).toEqual(defaultSettings())
    expect(listener).not.toHaveBeenCalled()
    store.receiveStoredValue(JSON.stringify({ ...defaultSettings(), vendors: [vendor()] }))
    expect(store.get().vendors).toEqual([vendor()])
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('stops writing once another tab stored a future version', () => {
    const storage = createFakeStorage()
    const store = createSettingsStore({ storage, now })
    store.receiveStoredValue(JSON.stringify({ version: 2 }))
    expect(store.persistence()).toBe('read-only')
    store.update((s) => ({ ...s, theme: 'dark' }))
    expect(storage.items.has(SETTINGS_KEY)).toBe(false)
  })
})
