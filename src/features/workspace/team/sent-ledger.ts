import type { Incident } from '../../../core/model'

const SENT_KEY = 'vendor-reliability-sent-to-server'

type Ledger = Record<string, Record<string, string>>

/** What of an incident, once sent, makes it worth sending again: more updates, or an end. */
const fingerprint = (incident: Incident) =>
  `${incident.updates.length}|${incident.end ?? ''}|${incident.title.length}`

/**
 * Which incidents of each source this browser already sent to the team's archive, kept in
 * localStorage so a reload does not send the same history again; memory when storage is blocked.
 */
export function createSentLedger(
  storage: () => Storage | undefined = () => globalThis.localStorage,
) {
  let memory: Ledger | null = null
  const read = (): Ledger => {
    if (memory) return memory
    try {
      memory = JSON.parse(storage()?.getItem(SENT_KEY) ?? '{}') as Ledger
    } catch {
      memory = {}
    }
    return memory
  }
  return {
    /** The incidents of a source that were never sent, or changed since. */
    unsent(vendorId: string, sourceId: string, incidents: readonly Incident[]): Incident[] {
      const sent = read()[`${vendorId}\n${sourceId}`] ?? {}
      return incidents.filter((incident) => sent[incident.id] !== fingerprint(incident))
    },
    record(vendorId: string, sourceId: string, incidents: readonly Incident[]) {
      const ledger = read()
      const key = `${vendorId}\n${sourceId}`
      const sent = { ...ledger[key] }
      for (const incident of incidents) sent[incident.id] = fingerprint(incident)
      ledger[key] = sent
      try {
        storage()?.setItem(SENT_KEY, JSON.stringify(ledger))
      } catch {
        // full or blocked storage: the ledger lasts until the page closes
      }
    },
  }
}
