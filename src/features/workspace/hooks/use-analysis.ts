import { useEffect, useState } from 'react'
import { useSearchParams } from '../../../components/url-state'
import type { StatsOptions, UptimeMethod } from '../../../core/stats/index'
import { presetMethod } from '../../../core/stats/index'
import {
  DEFAULT_PERIOD,
  isPeriodPreset,
  resolvePeriod,
  type AnalysisPeriod,
} from '../model/analysis-period'
import type { Settings } from '../settings/settings-schema'
import { useSettings } from '../settings/use-settings'
import type { VendorView } from './use-vendor-views'
import { vendorDataEnd } from '../model/vendor-figures'

/** The latest data end over the vendors whose stored history states its coverage; null if none. */
function latestDataEnd(vendors: readonly VendorView[], nowIso: string): number | null {
  const ends = vendors
    .filter((view) => view.historyReady && view.coverage?.to)
    .map((view) => Date.parse(vendorDataEnd(view, nowIso)))
  return ends.length === 0 ? null : Math.max(...ends)
}

/** The current minute, refreshed each minute, so open incidents grow while the page is open. */
function useNow(): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 60_000) * 60_000)
  useEffect(() => {
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 60_000) * 60_000), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}

export function methodFromSettings(settings: Settings): UptimeMethod {
  const { preset, weights } = settings.method
  return preset === 'custom' ? { name: 'custom', weights } : presetMethod(preset)
}

export interface Analysis {
  period: AnalysisPeriod
  /** The wall clock, to the minute: periods are measured up to it. */
  nowMs: number
  /**
   * The latest instant any loaded vendor's data speaks for (the wall clock for a live feed, the
   * capture for saved data such as the demo); presets end on its day.
   */
  anchorMs: number
  /** Everything computeVendorStats needs but the period and the vendor's own data. */
  base: {
    method: UptimeMethod
    maintenanceMode: NonNullable<StatsOptions['maintenanceMode']>
    durationSource: NonNullable<StatsOptions['durationSource']>
    minCoverage: number
    now: string
  }
}

/** The period (from the URL) and the method settings every figure and chart follows. */
export function useAnalysis(vendors: readonly VendorView[]): Analysis {
  const params = useSearchParams()
  const settings = useSettings()
  const nowMs = useNow()
  const earliest = vendors
    .map((v) => v.coverage?.from ?? v.incidents.at(-1)?.start ?? null)
    .filter((v): v is string => v !== null)
    .sort()[0]
  const nowIso = new Date(nowMs).toISOString()
  const anchorMs = latestDataEnd(vendors, nowIso) ?? nowMs
  const preset = params.get('period')
  const period = resolvePeriod(
    isPeriodPreset(preset) ? preset : DEFAULT_PERIOD,
    params.get('from'),
    params.get('to'),
    anchorMs,
    earliest ?? null,
  )
  return {
    period,
    nowMs,
    anchorMs,
    base: {
      method: methodFromSettings(settings),
      maintenanceMode: settings.maintenanceMode,
      durationSource: settings.durationSource,
      minCoverage: settings.minCoverage,
      now: nowIso,
    },
  }
}
