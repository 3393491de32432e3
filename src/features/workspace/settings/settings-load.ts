import { parseJsonSafely } from '../../../core/parse/json'
import type { Notice } from './notices'
import { SETTINGS_MIGRATIONS, migrateSettings, type SettingsMigration } from './settings-migrations'
import { settingsNotices } from './settings-notices'
import { repairSettings } from './settings-repair'
import { defaultSettings, type Settings } from './settings-schema'

export const SETTINGS_KEY = 'vendor-reliability.settings'

/** The part of the Web Storage API the settings need; tests pass a Map-backed object. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>

export interface LoadedSettings {
  settings: Settings
  /** null when the storage is missing, throws on reading, or must not be written. */
  storage: SettingsStorage | null
  /** Stored settings come from a newer version: never overwrite them. */
  readOnly: boolean
  notices: Notice[]
}

/** setItem that reports failure (QuotaExceededError, SecurityError…) instead of throwing. */
export function writeItem(storage: SettingsStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value)
    return true
  } catch {
    return false
  }
}

function backupKey(now: Date): string {
  return `${SETTINGS_KEY}.corrupt.${now.getTime()}`
}

function inMemory(notices: Notice[]): LoadedSettings {
  return { settings: defaultSettings(), storage: null, readOnly: false, notices }
}

/** Reads the stored settings once at start-up: migrate, repair or reset, and say what happened. */
export function loadSettings(
  storage: SettingsStorage | null,
  now: () => Date,
  migrations: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS,
): LoadedSettings {
  if (storage === null) return inMemory([settingsNotices.unsaved()])
  let raw: string | null
  try {
    raw = storage.getItem(SETTINGS_KEY)
  } catch {
    return inMemory([settingsNotices.unsaved()])
  }
  if (raw === null) return { settings: defaultSettings(), storage, readOnly: false, notices: [] }
  const stored = raw
  const keepCopy = () => writeItem(storage, backupKey(now()), stored)
  const saved = (settings: Settings, notices: Notice[]): LoadedSettings => {
    const written = writeItem(storage, SETTINGS_KEY, JSON.stringify(settings))
    return {
      settings,
      storage,
      readOnly: false,
      notices: written ? notices : [...notices, settingsNotices.unsaved()],
    }
  }
  // Without a copy, the unreadable value is left in place and this tab only keeps changes in memory.
  const reset = (): LoadedSettings =>
    keepCopy()
      ? saved(defaultSettings(), [settingsNotices.reset(true)])
      : inMemory([settingsNotices.reset(false), settingsNotices.unsaved()])

  let data: unknown
  try {
    data = parseJsonSafely(raw)
  } catch {
    return reset()
  }
  const migrated = migrateSettings(data, migrations)
  if (migrated.kind === 'future') {
    return {
      settings: defaultSettings(),
      storage,
      readOnly: true,
      notices: [settingsNotices.future(migrated.version)],
    }
  }
  if (migrated.kind === 'unreadable') return reset()
  const { settings, repairedFields } = repairSettings(migrated.data, now())
  if (repairedFields.length > 0) {
    const copyKept = keepCopy()
    const notice = settingsNotices.repaired(repairedFields, copyKept)
    return copyKept
      ? saved(settings, [notice])
      : { settings, storage: null, readOnly: false, notices: [notice, settingsNotices.unsaved()] }
  }
  if (migrated.kind === 'migrated') return saved(settings, [])
  return { settings, storage, readOnly: false, notices: [] }
}
