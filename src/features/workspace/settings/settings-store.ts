import type { core } from 'zod/mini'
import { parseJsonSafely } from '../../../core/parse/json'
import { createNoticeList, type Notice } from './notices'
import { SETTINGS_KEY, loadSettings, writeItem, type SettingsStorage } from './settings-load'
import { SETTINGS_MIGRATIONS, migrateSettings, type SettingsMigration } from './settings-migrations'
import { settingsNotices } from './settings-notices'
import { settingsSchema, type Settings } from './settings-schema'

export interface SettingsStoreOptions {
  /** window.localStorage, or null when it is missing or its getter throws. */
  storage: SettingsStorage | null
  now?: () => Date
  migrations?: Readonly<Record<number, SettingsMigration>>
}

/** `saved`: changes are written; `memory`: they last until the tab closes; `read-only`: see notices. */
export type SettingsPersistence = 'saved' | 'memory' | 'read-only'

export type SettingsUpdateResult = { ok: true; settings: Settings } | { ok: false; message: string }

export interface SettingsStore {
  get(): Settings
  /** Applies a change if the result is valid settings, then saves it when it can. */
  update(change: (current: Settings) => Settings): SettingsUpdateResult
  subscribe(listener: () => void): () => void
  notices(): readonly Notice[]
  dismissNotice(id: string): void
  persistence(): SettingsPersistence
  /** A value another tab stored under the settings key (`storage` event); invalid ones are ignored. */
  receiveStoredValue(newValue: string | null): void
}

function describeIssue(error: core.$ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'The settings are not valid.'
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
  return `${where}${issue.message}`
}

/** Settings in localStorage, validated, migrated and repaired; never throws on a storage failure. */
export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const now = options.now ?? (() => new Date())
  const migrations = options.migrations ?? SETTINGS_MIGRATIONS
  const listeners = new Set<() => void>()
  const emit = () => {
    for (const listener of [...listeners]) listener()
  }
  const notices = createNoticeList(emit)
  const loaded = loadSettings(options.storage, now, migrations)
  const storage = loaded.storage
  let settings = loaded.settings
  let readOnly = loaded.readOnly
  let lastWriteFailed = loaded.notices.some((notice) => notice.id === 'settings-unsaved')
  loaded.notices.forEach(notices.add)

  const persist = () => {
    if (readOnly || storage === null) return
    lastWriteFailed = !writeItem(storage, SETTINGS_KEY, JSON.stringify(settings))
    if (lastWriteFailed) notices.add(settingsNotices.unsaved())
    else notices.remove('settings-unsaved')
  }

  return {
    get: () => settings,
    notices: () => notices.list(),
    dismissNotice: (id) => notices.remove(id),
    persistence: () =>
      readOnly ? 'read-only' : storage === null || lastWriteFailed ? 'memory' : 'saved',
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    update(change) {
      const checked = settingsSchema.safeParse(change(settings))
      if (!checked.success) return { ok: false, message: describeIssue(checked.error) }
      settings = checked.data
      persist()
      emit()
      return { ok: true, settings }
    },
    receiveStoredValue(newValue) {
      if (newValue === null) return
      let data: unknown
      try {
        data = parseJsonSafely(newValue)
      } catch {
        return
      }
      const migrated = migrateSettings(data, migrations)
      if (migrated.kind === 'future') {
        readOnly = true
        notices.add(settingsNotices.future(migrated.version))
        return
      }
      if (migrated.kind === 'unreadable') return
      const checked = settingsSchema.safeParse(migrated.data)
      if (!checked.success || JSON.stringify(checked.data) === JSON.stringify(settings)) return
      settings = checked.data
      emit()
    },
  }
}
