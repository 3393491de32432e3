import type { DurationSource } from '../../../core/stats/index'
import type { IncidentRow } from '../model/incident-rows'
import { DetailPanel } from './detail-panel'
import { IncidentDetail } from './incident-detail'

interface SelectedIncidentProps {
  selectedKey: string
  row: IncidentRow | null
  excludedComponents: readonly string[]
  timeZone: 'utc' | 'local'
  localZone: string
  onTimeZone: (mode: 'utc' | 'local') => void
  durationSource: DurationSource
  nowMs: number
  onClose: () => void
}

/** The detail panel for the incident the URL names, or a plain note when it is not stored. */
export function SelectedIncident({ selectedKey, row, onClose, ...detail }: SelectedIncidentProps) {
  return (
    <DetailPanel
      title={row?.incident.title ?? 'Incident not found'}
      focusKey={selectedKey}
      onClose={onClose}
    >
      {row ? (
        <IncidentDetail row={row} {...detail} />
      ) : (
        <p className="text-sm">
          This link names an incident that is not in the local archive: its vendor may have been
          removed, or the archive was cleared.
        </p>
      )}
    </DetailPanel>
  )
}
