import type { Incident } from '../../../core/model'
import { SETTINGS_LIMITS } from '../../workspace/settings/settings-schema'

/** A typed list ("API, Webhooks" or one per line) → distinct trimmed names within the settings limits. */
export function parseComponentList(text: string): string[] {
  const names = text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length <= SETTINGS_LIMITS.componentNameLength)
  return [...new Set(names)].slice(0, SETTINGS_LIMITS.excludedComponents)
}

/** Every component named in a vendor's incidents plus those already excluded, sorted by name. */
export function knownComponents(
  incidents: readonly Incident[],
  excluded: readonly string[] = [],
): string[] {
  const names = new Set(excluded)
  for (const incident of incidents) for (const name of incident.components) names.add(name)
  return [...names].sort((a, b) => a.localeCompare(b))
}
