/** `<vendorId>:<incidentId>`: vendor ids never hold a colon, incident ids (URLs) may. */
export function formatIncidentKey(vendorId: string, incidentId: string): string {
  return `${vendorId}:${incidentId}`
}

export interface IncidentKey {
  vendorId: string
  incidentId: string
}

/** Splits at the first colon; null when either side is empty. */
export function parseIncidentKey(value: string | null): IncidentKey | null {
  if (!value) return null
  const at = value.indexOf(':')
  if (at <= 0 || at === value.length - 1) return null
  return { vendorId: value.slice(0, at), incidentId: value.slice(at + 1) }
}
