import { useEffect, useState } from 'react'
import { useSearchParams } from '../../components/url-state'
import type { StatsOptions, UptimeMethod } from '../../core/stats/index'
import { presetMethod } from '../../core/stats/index'
import { isPeriodPreset, resolvePeriod, type AnalysisPeriod } from './analysis-period'
import type { Settings } from './settings/settings-schema'
import { useSettings } from './settings/use-settings'
import { demoNowMs } from './demo-now'
import type { VendorView } from './use-vendor-views'

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
  /** The instant presets end at: the wall clock, or the demo data's end in a demo-only workspace. */
  nowMs: number
  /** The wall clock, for what must never look live when it is not (trailing windows). */
  clockMs: number
  /** Everything computeVendorStats needs but the period and the vendor's own data. */
  base: {
    method: UptimeMethod
    maintenanceMode: NonNullable<StatsOptions['maintenanceMode']>
    durationSource: NonNullable<StatsOptions['durationSource']>
    now: string
  }
}

/** The period (from the URL) and the method settings every figure and chart follows. */
export function useAnalysis(vendors: readonly VendorView[]): Analysis {
  const params = useSearchParams()
  const settings = useSettings()
  const clockMs = useNow()
  // A demo-only workspace is a set of captures: its periods end where its data does.
  const nowMs = demoNowMs(vendors, clockMs) ?? clockMs
  const earliest = vendors
    .map((v) => v.coverage?.from ?? v.incidents.at(-1)?.start ?? null)
    .filter((v): v is string => v !== null)
    .sort()[0]
  const preset = params.get('period')
  const period = resolvePeriod(
    isPeriodPreset(preset) ? preset : 'all',
    params.get('from'),
    params.get('to'),
    nowMs,
    earliest ?? null,
  )
  return {
    period: nowMs === clockMs ? period : { ...period, label: anchoredLabel(period, nowMs) },
    nowMs,
    clockMs,
    base: {
      method: methodFromSettings(settings),
      maintenanceMode: settings.maintenanceMode,
      durationSource: settings.durationSource,
      now: new Date(nowMs).toISOString(),
    },
  }
}

function anchoredLabel(period: AnalysisPeriod, nowMs: number): string {
  const day = new Date(nowMs).toISOString().slice(0, 10)
  return period.preset === 'custom' || period.preset === 'all'
    ? period.label
    : `${period.label} to ${day} (the demo data's end)`
}
