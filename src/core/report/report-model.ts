import type { Coverage, FeedFormat, ImpactLevel, IncidentFlag, IncidentKind } from '../model'
import type { VendorStats } from '../stats/index'

/** The headless report's JSON shape. Scripts depend on these names: keep them. */
export interface Report {
  generatedAt: string
  period: { from: string | null; to: string | null }
  vendors: VendorReport[]
}

export interface VendorReport {
  name: string
  sources: { location: string; format: FeedFormat }[]
  coverage: Coverage
  incidents: ReportIncident[]
  stats: VendorStats
}

export interface ReportIncident {
  id: string
  title: string
  kind: IncidentKind
  impact: ImpactLevel
  impactInferred: boolean
  components: string[]
  /** The source names no component: these were read from the incident's words. */
  componentsInferred: boolean
  start: string
  end: string | null
  durationMinutes: number | null
  declaredDurationMinutes: number | null
  scheduledStart: string | null
  scheduledEnd: string | null
  url: string | null
  flags: IncidentFlag[]
  /** With the `window_from_text` flag: the sentence that states the window; else null (the JSON
   * report always writes the key; an Incident, which has more fields, may omit it). */
  windowText?: string | null
  updates: { at: string; status: string; text: string }[]
}
