import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createFakeStorage } from './__fixtures__/fake-storage'
import { SETTINGS_KEY } from './settings-load'
import { createSettingsStore } from './settings-store'
import { SettingsStoreContext, useSettings, useSettingsNotices } from './use-settings'

function ThemeAndNotices() {
  const settings = useSettings()
  const notices = useSettingsNotices()
  return createElement('p', null, `${settings.theme}|${notices.map((n) => n.id).join(',')}`)
}

describe('useSettings', () => {
  it('reads the settings and notices of the provided store', () => {
    const storage = createFakeStorage({ [SETTINGS_KEY]: '{bad json' })
    const store = createSettingsStore({ storage })
    store.update((s) => ({ ...s, theme: 'dark' }))
    const html = renderToString(
      createElement(SettingsStoreContext, { value: store }, createElement(ThemeAndNotices)),
    )
    expect(html).toBe('<p>dark|settings-reset</p>')
  })

  it('says what is missing without a provider', () => {
    expect(() => renderToString(createElement(ThemeAndNotices))).toThrow(
      'useSettings needs a SettingsStoreContext provider above it.',
    )
  })
})
