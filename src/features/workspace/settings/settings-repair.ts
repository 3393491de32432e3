import * as z from 'zod/mini'
import { DEFAULT_SLA_TARGET, DURATION_SOURCES, MAINTENANCE_MODES } from '../../../core/stats'
import {
  SETTINGS_LIMITS,
  SETTINGS_VERSION,
  THEMES,
  TIME_ZONE_MODES,
  componentNameSchema,
  defaultSettings,
  idSchema,
  isoInstantSchema,
  methodSchema,
  settingsSchema,
  slaTargetSchema,
  sourceConfigSchema,
  vendorNameSchema,
  type Settings,
  type SourceConfig,
  type VendorConfig,
} from './settings-schema'

/** Field names in the words of the settings screen, for the "were reset" notice. */
const FIELD_LABELS: Record<string, string> = {
  version: 'version',
  vendors: 'vendor list',
  method: 'uptime method',
  maintenanceMode: 'maintenance handling',
  durationSource: 'duration source',
  minCoverage: 'minimum coverage for a verdict',
  theme: 'theme',
  timeZone: 'time zone',
  demoLoaded: 'demo data',
}

function keepFirstOfEachId<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    if (seen.has(item.id)) return false
    seen.add(item.id)
    return true
  })
}

function validItems<T>(schema: z.ZodMiniType<T>, items: readonly unknown[]): T[] {
  return items.flatMap((item) => {
    const parsed = schema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}

const anyList = z.catch(z.array(z.unknown()), [])

/** A vendor whose broken parts fall back one by one; without a valid id and name it is dropped. */
function lenientVendorSchema(nowIso: string) {
  return z.object({
    id: idSchema,
    name: vendorNameSchema,
    sources: z.pipe(
      anyList,
      z.transform((items): SourceConfig[] =>
        keepFirstOfEachId(validItems(sourceConfigSchema, items)).slice(
          0,
          SETTINGS_LIMITS.sourcesPerVendor,
        ),
      ),
    ),
    slaTarget: z.catch(slaTargetSchema, DEFAULT_SLA_TARGET),
    excludedComponents: z.pipe(
      anyList,
      z.transform((items) =>
        [...new Set(validItems(componentNameSchema, items))].slice(
          0,
          SETTINGS_LIMITS.excludedComponents,
        ),
      ),
    ),
    demo: z.catch(z.boolean(), false),
    addedAt: z.catch(isoInstantSchema, nowIso),
  })
}

function lenientSettingsSchema(nowIso: string) {
  const defaults = defaultSettings()
  const vendor = lenientVendorSchema(nowIso)
  return z.object({
    version: z.catch(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
    vendors: z.pipe(
      anyList,
      z.transform((items): VendorConfig[] =>
        keepFirstOfEachId(validItems(vendor, items)).slice(0, SETTINGS_LIMITS.vendors),
      ),
    ),
    method: z.catch(methodSchema, defaults.method),
    maintenanceMode: z.catch(z.enum(MAINTENANCE_MODES), defaults.maintenanceMode),
    durationSource: z.catch(z.enum(DURATION_SOURCES), defaults.durationSource),
    minCoverage: z.catch(z.number().check(z.minimum(0), z.maximum(100)), defaults.minCoverage),
    theme: z.catch(z.enum(THEMES), defaults.theme),
    timeZone: z.catch(z.enum(TIME_ZONE_MODES), defaults.timeZone),
    demoLoaded: z.catch(z.boolean(), defaults.demoLoaded),
  })
}

export interface RepairedSettings {
  settings: Settings
  /** Labels of the stored fields that were reset or partly dropped; missing ones are not named. */
  repairedFields: string[]
}

/**
 * Reads stored settings of the current version, keeping every valid field and resetting the rest
 * (per-field fallback). Invalid vendors and sources are dropped, one by one.
 */
export function repairSettings(data: unknown, now: Date): RepairedSettings {
  const strict = settingsSchema.safeParse(data)
  if (strict.success) return { settings: strict.data, repairedFields: [] }
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : null
  // A missing field quietly takes its default; only fields that were there and wrong are named.
  const fields = new Set(
    strict.error.issues.flatMap((issue) => {
      const key = issue.path[0]
      if (typeof key !== 'string') return ['all settings']
      return record !== null && Object.hasOwn(record, key) ? [FIELD_LABELS[key] ?? key] : []
    }),
  )
  const settings = lenientSettingsSchema(now.toISOString()).parse(record ?? {})
  return { settings, repairedFields: [...fields] }
}
