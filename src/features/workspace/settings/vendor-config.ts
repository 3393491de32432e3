import type { core } from 'zod/mini'
import {
  SETTINGS_LIMITS,
  vendorConfigSchema,
  type SourceConfig,
  type VendorConfig,
} from './settings-schema'

/** A source as the Add-vendor form or an import describes it, before it has an id. */
export type NewSource =
  { kind: 'url'; url: string } | { kind: 'demo'; path: string } | { kind: 'import'; name: string }

export interface NewVendor {
  name: string
  sources: NewSource[]
  slaTarget?: number
  excludedComponents?: string[]
  demo?: boolean
}

export type VendorConfigOutcome =
  { ok: true; vendor: VendorConfig } | { ok: false; message: string }

function createId(): string {
  return crypto.randomUUID()
}

export function createSourceConfig(source: NewSource, now: Date): SourceConfig {
  const id = createId()
  if (source.kind === 'import') return { id, ...source, importedAt: now.toISOString() }
  return { id, ...source }
}

function firstIssue(error: core.$ZodError): string {
  const issue = error.issues[0]
  return issue
    ? `${issue.path.join('.') || 'vendor'}: ${issue.message}`
    : 'The vendor is not valid.'
}

/** A new vendor with fresh ids, validated by the settings schema (URLs by validateFeedUrl). */
export function createVendorConfig(input: NewVendor, now: Date = new Date()): VendorConfigOutcome {
  const parsed = vendorConfigSchema.safeParse({
    id: createId(),
    name: input.name,
    sources: input.sources.map((source) => createSourceConfig(source, now)),
    slaTarget: input.slaTarget,
    excludedComponents: input.excludedComponents ?? [],
    demo: input.demo ?? false,
    addedAt: now.toISOString(),
  })
  return parsed.success
    ? { ok: true, vendor: parsed.data }
    : { ok: false, message: firstIssue(parsed.error) }
}

export type VendorMergeOutcome =
  { ok: true; vendors: VendorConfig[] } | { ok: false; message: string }

/**
 * Adds imported vendors to the current list. A vendor already present keeps its name, target and
 * exclusions and gains the imported sources it lacks.
 */
export function mergeVendorConfigs(
  current: readonly VendorConfig[],
  incoming: readonly VendorConfig[],
): VendorMergeOutcome {
  const byId = new Map(current.map((vendor) => [vendor.id, vendor]))
  for (const vendor of incoming) {
    const existing = byId.get(vendor.id)
    if (!existing) {
      byId.set(vendor.id, vendor)
      continue
    }
    const known = new Set(existing.sources.map((source) => source.id))
    const sources = [...existing.sources, ...vendor.sources.filter((s) => !known.has(s.id))]
    if (sources.length > SETTINGS_LIMITS.sourcesPerVendor) {
      return {
        ok: false,
        message: `${existing.name} would have ${sources.length} sources; the limit is ${SETTINGS_LIMITS.sourcesPerVendor}.`,
      }
    }
    byId.set(vendor.id, { ...existing, sources })
  }
  if (byId.size > SETTINGS_LIMITS.vendors) {
    return {
      ok: false,
      message: `This would make ${byId.size} vendors; the limit is ${SETTINGS_LIMITS.vendors}.`,
    }
  }
  return { ok: true, vendors: [...byId.values()] }
}
