export const VIEWS = [
  { id: 'overview', label: 'Overview' },
  { id: 'incidents', label: 'Incidents' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'heatmap', label: 'Heatmap' },
  { id: 'downtime', label: 'Downtime' },
  { id: 'sla', label: 'SLA' },
  { id: 'compare', label: 'Compare' },
  { id: 'report', label: 'Report' },
  { id: 'vendors', label: 'Vendors' },
] as const
export type ViewId = (typeof VIEWS)[number]['id']

export function viewFromParam(value: string | null): ViewId {
  return VIEWS.find((v) => v.id === value)?.id ?? 'overview'
}
