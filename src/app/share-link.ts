import {
  parseDurationSource,
  parseMaintenanceMode,
  parseMethod,
  WEIGHT_KEYS,
  type UptimeMethod,
} from '../core/stats/index'
import type { Settings } from '../features/workspace/settings/settings-schema'

const SHARED_KEYS = ['method', 'maintenance', 'durations'] as const

function methodParam(settings: Settings): string {
  const { preset, weights } = settings.method
  if (preset !== 'custom') return preset
  return `custom:${WEIGHT_KEYS.map(([short, level]) => `${short}=${weights[level]}`).join(',')}`
}

/** The current address plus the method settings, so a copied link reproduces every figure. */
export function shareUrl(href: string, settings: Settings): string {
  const url = new URL(href)
  url.searchParams.set('method', methodParam(settings))
  url.searchParams.set('maintenance', settings.maintenanceMode)
  url.searchParams.set('durations', settings.durationSource)
  return url.toString()
}

export interface SharedSettings {
  method?: UptimeMethod
  maintenanceMode?: Settings['maintenanceMode']
  durationSource?: Settings['durationSource']
}

/** Reads the method settings a shared link carries; invalid values are ignored. */
export function readSharedSettings(params: URLSearchParams): SharedSettings {
  const shared: SharedSettings = {}
  const method = params.get('method')
  const mode = params.get('maintenance')
  const source = params.get('durations')
  const parsedMethod = method ? parseMethod(method) : null
  if (parsedMethod?.ok) shared.method = parsedMethod.value
  const parsedMode = mode ? parseMaintenanceMode(mode) : null
  if (parsedMode?.ok) shared.maintenanceMode = parsedMode.value
  const parsedSource = source ? parseDurationSource(source) : null
  if (parsedSource?.ok) shared.durationSource = parsedSource.value
  return shared
}

export function applySharedSettings(settings: Settings, shared: SharedSettings): Settings {
  return {
    ...settings,
    ...(shared.method
      ? { method: { preset: shared.method.name, weights: shared.method.weights } }
      : {}),
    ...(shared.maintenanceMode ? { maintenanceMode: shared.maintenanceMode } : {}),
    ...(shared.durationSource ? { durationSource: shared.durationSource } : {}),
  }
}

export function hasSharedSettings(params: URLSearchParams): boolean {
  return SHARED_KEYS.some((key) => params.has(key))
}

export { SHARED_KEYS }
