import type { Incident } from '../../../core/model'

export interface RecordCount {
  incidents: number
  maintenance: number
}

export function countByKind(records: readonly Pick<Incident, 'kind'>[]): RecordCount {
  let maintenance = 0
  for (const record of records) if (record.kind === 'maintenance') maintenance++
  return { incidents: records.length - maintenance, maintenance }
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/**
 * Incidents and maintenance windows in words, so a count never mixes the two.
 * @example describeRecordCount({ incidents: 8, maintenance: 11 }) // '8 incidents and 11 maintenance windows'
 */
export function describeRecordCount({ incidents, maintenance }: RecordCount): string {
  const parts = [plural(incidents, 'incident', 'incidents')]
  if (maintenance > 0) parts.push(plural(maintenance, 'maintenance window', 'maintenance windows'))
  return parts.join(' and ')
}
