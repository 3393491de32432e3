// zod/mini, not zod: the first route validates settings and history, and full zod is 3× larger.
import * as z from 'zod/mini'
// zod/mini ships no issue messages: zod's English ones, wherever these schemas run.
import '../../../core/zod-messages'
import {
  DEFAULT_MIN_COVERAGE,
  DEFAULT_SLA_TARGET,
  DURATION_SOURCES,
  MAINTENANCE_MODES,
  METHOD_NAMES,
  WEIGHTED_LEVELS,
  presetMethod,
  type WeightedLevel,
} from '../../../core/stats'
import { MAX_FEED_URL_LENGTH, validateFeedUrl } from './feed-url'

export const SETTINGS_VERSION = 1
export const THEMES = ['light', 'dark', 'system'] as const
export type Theme = (typeof THEMES)[number]
export const TIME_ZONE_MODES = ['utc', 'local'] as const
export type TimeZoneMode = (typeof TIME_ZONE_MODES)[number]
export const SOURCE_KINDS = ['url', 'demo', 'import'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const SETTINGS_LIMITS = {
  vendors: 200,
  sourcesPerVendor: 20,
  vendorNameLength: 120,
  idLength: 128,
  excludedComponents: 500,
  componentNameLength: 300,
  importNameLength: 255,
  demoPathLength: 300,
  slaTargetMin: 50,
  slaTargetMax: 100,
} as const

/** A path under public/demo/: plain segments only, so `..`, `//`, queries and fragments never pass. */
const DEMO_PATH = /^\/demo\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/

export const idSchema = z.string().check(z.minLength(1), z.maxLength(SETTINGS_LIMITS.idLength))
export const isoInstantSchema = z.iso.datetime()

/** A stored or imported feed address, checked by the same rule as typed input, then normalized. */
const feedUrlSchema = z.pipe(
  z.string().check(z.maxLength(MAX_FEED_URL_LENGTH)),
  z.transform((text: string, ctx) => {
    const checked = validateFeedUrl(text)
    if (checked.ok) return checked.url
    ctx.issues.push({ code: 'custom', message: checked.message, input: text })
    return z.NEVER
  }),
)

export const sourceConfigSchema = z.discriminatedUnion('kind', [
  z.object({ id: idSchema, kind: z.literal('url'), url: feedUrlSchema }),
  z.object({
    id: idSchema,
    kind: z.literal('demo'),
    path: z
      .string()
      .check(
        z.maxLength(SETTINGS_LIMITS.demoPathLength),
        z.regex(DEMO_PATH, 'A demo source must be a file under /demo/.'),
      ),
  }),
  z.object({
    id: idSchema,
    kind: z.literal('import'),
    name: z.string().check(z.minLength(1), z.maxLength(SETTINGS_LIMITS.importNameLength)),
    importedAt: isoInstantSchema,
  }),
])
export type SourceConfig = z.output<typeof sourceConfigSchema>

function hasUniqueIds(items: readonly { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length
}

export const vendorNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(SETTINGS_LIMITS.vendorNameLength))
export const slaTargetSchema = z
  .number()
  .check(z.minimum(SETTINGS_LIMITS.slaTargetMin), z.maximum(SETTINGS_LIMITS.slaTargetMax))
export const componentNameSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(SETTINGS_LIMITS.componentNameLength))

export const vendorConfigSchema = z.object({
  id: idSchema,
  name: vendorNameSchema,
  sources: z
    .array(sourceConfigSchema)
    .check(
      z.maxLength(SETTINGS_LIMITS.sourcesPerVendor),
      z.refine(hasUniqueIds, 'Two sources of a vendor share an id.'),
    ),
  slaTarget: z._default(slaTargetSchema, DEFAULT_SLA_TARGET),
  excludedComponents: z
    .array(componentNameSchema)
    .check(z.maxLength(SETTINGS_LIMITS.excludedComponents)),
  demo: z.boolean(),
  addedAt: isoInstantSchema,
})
export type VendorConfig = z.output<typeof vendorConfigSchema>

const weightSchema = z.number().check(z.minimum(0), z.maximum(1))
export const methodSchema = z.object({
  preset: z.enum(METHOD_NAMES),
  // One weight per core level, in level order (the shape of ImpactWeights).
  weights: z.object(
    Object.fromEntries(WEIGHTED_LEVELS.map((level) => [level, weightSchema])) as Record<
      WeightedLevel,
      typeof weightSchema
    >,
  ),
})

export const vendorListSchema = z
  .array(vendorConfigSchema)
  .check(z.maxLength(SETTINGS_LIMITS.vendors), z.refine(hasUniqueIds, 'Two vendors share an id.'))

/** The whole settings blob as stored; unknown keys are stripped. */
export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  vendors: vendorListSchema,
  method: methodSchema,
  maintenanceMode: z.enum(MAINTENANCE_MODES),
  durationSource: z.enum(DURATION_SOURCES),
  /** Percent of a period the data must cover before an SLA verdict is given. */
  minCoverage: z._default(z.number().check(z.minimum(0), z.maximum(100)), DEFAULT_MIN_COVERAGE),
  theme: z.enum(THEMES),
  timeZone: z.enum(TIME_ZONE_MODES),
  demoLoaded: z.boolean(),
})
export type Settings = z.output<typeof settingsSchema>

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    vendors: [],
    method: { preset: 'statuspage', weights: presetMethod('statuspage').weights },
    maintenanceMode: 'exclude',
    durationSource: 'declared',
    minCoverage: DEFAULT_MIN_COVERAGE,
    theme: 'system',
    timeZone: 'utc',
    demoLoaded: false,
  }
}
