import {
  METHOD_PRESETS,
  WEIGHT_KEYS,
  presetMethod,
  type ImpactWeights,
  type UptimeMethod,
} from './methods'
import { DURATION_SOURCES, type DurationSource } from './resolve-span'
import { MAINTENANCE_MODES, type MaintenanceMode } from './weighted-levels'

export type OptionOutcome<T> = { ok: true; value: T } | { ok: false; error: string }

const METHOD_SYNTAX =
  'statuspage|incidentio|strict|custom:major=1,partial=0.5,degraded=0,unknown=0.5'

/**
 * Reads the CLI method syntax: a preset name, or `custom:` with a weight from 0 to 1 for each of
 * major, partial, degraded and unknown.
 * @example parseMethod('custom:major=1,partial=0.5,degraded=0,unknown=0.5')
 */
export function parseMethod(text: string): OptionOutcome<UptimeMethod> {
  const trimmed = text.trim()
  const preset = METHOD_PRESETS.find((candidate) => candidate.name === trimmed)
  if (preset) return { ok: true, value: presetMethod(preset.name) }
  if (!trimmed.startsWith('custom:')) {
    return { ok: false, error: `Unknown method "${trimmed}"; expected ${METHOD_SYNTAX}` }
  }
  const weights: Partial<ImpactWeights> = {}
  for (const pair of trimmed.slice('custom:'.length).split(',')) {
    const match = /^\s*([a-z]+)\s*=\s*([^\s,]+)\s*$/.exec(pair)
    if (!match) return { ok: false, error: `Cannot read "${pair}"; expected name=weight` }
    const [, short = '', raw = ''] = match
    const entry = WEIGHT_KEYS.find(([name]) => name === short)
    if (!entry) {
      return {
        ok: false,
        error: `Unknown level "${short}"; expected major, partial, degraded, unknown`,
      }
    }
    const value = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN
    if (!(value >= 0 && value <= 1)) {
      return { ok: false, error: `Weight for ${short} must be a number from 0 to 1, got "${raw}"` }
    }
    if (weights[entry[1]] !== undefined) return { ok: false, error: `${short} is given twice` }
    weights[entry[1]] = value
  }
  const missing = WEIGHT_KEYS.filter(([, key]) => weights[key] === undefined).map(([name]) => name)
  if (missing.length > 0) {
    return {
      ok: false,
      error: `custom needs a weight for every level; missing: ${missing.join(', ')}`,
    }
  }
  return { ok: true, value: { name: 'custom', weights: weights as ImpactWeights } }
}

export function parseMaintenanceMode(text: string): OptionOutcome<MaintenanceMode> {
  const mode = MAINTENANCE_MODES.find((candidate) => candidate === text.trim())
  return mode
    ? { ok: true, value: mode }
    : {
        ok: false,
        error: `Unknown maintenance mode "${text}"; expected ${MAINTENANCE_MODES.join('|')}`,
      }
}

export function parseDurationSource(text: string): OptionOutcome<DurationSource> {
  const source = DURATION_SOURCES.find((candidate) => candidate === text.trim())
  return source
    ? { ok: true, value: source }
    : {
        ok: false,
        error: `Unknown duration source "${text}"; expected ${DURATION_SOURCES.join('|')}`,
      }
}

/** An SLA target in percent: above 0, at most 100 (e.g. `99.9`). */
export function parseSlaTarget(text: string): OptionOutcome<number> {
  const value = /^\s*\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN
  return value > 0 && value <= 100
    ? { ok: true, value }
    : { ok: false, error: `SLA target must be a percentage above 0 and at most 100, got "${text}"` }
}

/** A minimum coverage in percent for an SLA verdict: 0 to 100 (e.g. `90`). */
export function parseMinCoverage(text: string): OptionOutcome<number> {
  const value = /^\s*\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN
  return value >= 0 && value <= 100
    ? { ok: true, value }
    : { ok: false, error: `Minimum coverage must be a percentage from 0 to 100, got "${text}"` }
}
