import { IMPACT_LABELS } from '../../../components/ui/impact-style'
import { DOWNTIME_LEVELS } from '../../../components/ui/downtime-stacks'
import { formatMinutes } from '../../../core/stats/index'
import { DAY_CLEAR, DAY_MAINTENANCE, DAY_NO_DATA, type VendorDays } from './vendor-days'

/** What one day of the strip says, in words: `2026-05-21: Degraded performance, 7 h 40 min of incidents`. */
export function describeDay(days: VendorDays, index: number): string {
  const day = days.days[index]
  const code = days.codes[index]
  if (day === undefined || code === undefined) return ''
  if (code === DAY_NO_DATA) return `${day}: no data`
  if (code === DAY_CLEAR) return `${day}: no incidents or maintenance`
  const maintenance = days.maintenanceMinutes[index] ?? 0
  const maintenanceText = maintenance > 0 ? `${formatMinutes(maintenance)} of maintenance` : ''
  if (code === DAY_MAINTENANCE) return `${day}: ${maintenanceText}`
  const level = DOWNTIME_LEVELS[code]
  const worst = level ? IMPACT_LABELS[level] : 'Incident'
  const incidents = `${formatMinutes(days.incidentMinutes[index] ?? 0)} of incidents`
  return `${day}: ${worst} (worst), ${[incidents, maintenanceText].filter(Boolean).join(', ')}`
}

/** The strip in one sentence for screen readers. */
export function summarizeDays(days: VendorDays): string {
  let incident = 0
  let maintenance = 0
  let noData = 0
  for (const code of days.codes) {
    if (code === DAY_NO_DATA) noData += 1
    else if (code === DAY_MAINTENANCE) maintenance += 1
    else if (code !== DAY_CLEAR) incident += 1
  }
  return `${days.days.length} days: ${incident} with incidents, ${maintenance} with maintenance only, ${noData} without data`
}
