import { describe, expect, it } from 'vitest'
import { connectStorageEvents, resolveLocalStorage } from './browser-settings'
import { createFakeStorage } from './__fixtures__/fake-storage'
import { SETTINGS_KEY } from './settings-load'
import { defaultSettings } from './settings-schema'
import { createSettingsStore } from './settings-store'

function storageEvent(init: { key: string | null; newValue: string | null; area?: unknown }) {
  const event = new Event('storage') as Event & Record<string, unknown>
  Object.assign(event, { key: init.key, newValue: init.newValue, storageArea: init.area ?? null })
  return event
}

describe('connectStorageEvents', () => {
  it('applies the settings key from the same storage and ignores the rest', () => {
    const storage = createFakeStorage()
    const store = createSettingsStore({ storage })
    const target = new EventTarget()
    const disconnect = connectStorageEvents(store, target as unknown as Window, storage)
    const dark = JSON.stringify({ ...defaultSettings(), theme: 'dark' })
    target.dispatchEvent(storageEvent({ key: 'other', newValue: dark, area: storage }))
    target.dispatchEvent(storageEvent({ key: SETTINGS_KEY, newValue: dark, area: {} }))
    target.dispatchEvent(
      storageEvent({ key: SETTINGS_KEY, newValue: '{"version":1,"theme":', area: storage }),
    )
    expect(store.get().theme).toBe('system')
    target.dispatchEvent(storageEvent({ key: SETTINGS_KEY, newValue: dark, area: storage }))
    expect(store.get().theme).toBe('dark')
    disconnect()
    const light = JSON.stringify({ ...defaultSettings(), theme: 'light' })
    target.dispatchEvent(storageEvent({ key: SETTINGS_KEY, newValue: light, area: storage }))
    expect(store.get().theme).toBe('dark')
  })
})

describe('resolveLocalStorage', () => {
  it('returns null when the getter throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
    try {
      expect(resolveLocalStorage()).toBeNull()
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor)
      else delete (globalThis as { localStorage?: unknown }).localStorage
    }
  })
})
