import { SETTINGS_VERSION } from './settings-schema'

type StoredObject = Record<string, unknown>

/** Turns settings of version N into version N + 1; it may throw on data it cannot read. */
export type SettingsMigration = (settings: StoredObject) => StoredObject

/**
 * Keyed by the version a step migrates from. Version 1 is the first, so the table is empty; adding
 * version 2 is one entry: `1: (v1) => ({ ...v1, version: 2, newField: … })`.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = {}

export type MigrationOutcome =
  | { kind: 'current'; data: unknown }
  | { kind: 'migrated'; data: StoredObject; from: number }
  | { kind: 'future'; version: number }
  | { kind: 'unreadable'; version: number }

function isStoredObject(value: unknown): value is StoredObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Brings stored settings to `targetVersion` step by step. Data without a usable version number is
 * left to the per-field repair as if it were current.
 */
export function migrateSettings(
  data: unknown,
  migrations: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS,
  targetVersion: number = SETTINGS_VERSION,
): MigrationOutcome {
  const version = isStoredObject(data) && Object.hasOwn(data, 'version') ? data.version : undefined
  if (typeof version !== 'number' || !Number.isInteger(version) || version === targetVersion) {
    return { kind: 'current', data }
  }
  if (version > targetVersion) return { kind: 'future', version }
  let current = data as StoredObject
  for (let step = version; step < targetVersion; step++) {
    const migrate = Object.hasOwn(migrations, step) ? migrations[step] : undefined
    if (!migrate) return { kind: 'unreadable', version }
    try {
      current = migrate(current)
    } catch {
      return { kind: 'unreadable', version }
    }
    if (!isStoredObject(current)) return { kind: 'unreadable', version }
  }
  return { kind: 'migrated', data: current, from: version }
}
