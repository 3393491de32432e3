import type { StatusPlatform } from './catalogue'

/** The status product behind a catalogue vendor's page, as its makers spell it. */
export const PLATFORM_WORDS: Record<StatusPlatform, string> = {
  statuspage: 'Statuspage',
  incidentio: 'incident.io',
  instatus: 'Instatus',
  statusio: 'Status.io',
  custom: 'Own status page',
}
