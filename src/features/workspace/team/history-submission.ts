import type { Incident } from '../../../core/model'
import type { Archive } from '../archive/archive-types'
import type { VendorConfig } from '../settings/settings-schema'
import { createSentLedger } from './sent-ledger'
import { serverApi } from './server-client'

// The server takes at most 5 000 incidents per request.
const SUBMIT_BATCH = 2_000

/**
 * What this browser parsed itself (files, pasted text, a refresh of a feed through the proxy) goes
 * to the team's archive as well: only incidents it has not sent before or that changed since.
 */
export function createHistorySubmission(archive: Archive) {
  // Remembered across reloads, so unchanged incidents are never sent again.
  const sent = createSentLedger()

  async function submitUnsent(vendorId: string, sourceId: string, all: readonly Incident[]) {
    const incidents = sent.unsent(vendorId, sourceId, all)
    for (let at = 0; at < incidents.length; at += SUBMIT_BATCH) {
      const batch = incidents.slice(at, at + SUBMIT_BATCH)
      await serverApi.submit(vendorId, sourceId, batch)
      sent.record(vendorId, sourceId, batch)
    }
  }

  return {
    submitUnsent,
    /** Every source of the vendor but the demo files, which the server reads itself. */
    async sendOwnParsing(vendor: VendorConfig) {
      const own = vendor.sources.filter((source) => source.kind !== 'demo')
      if (own.length === 0) return
      const history = await archive.readVendor(vendor.id)
      for (const source of own) {
        await submitUnsent(vendor.id, source.id, history.incidentsBySource.get(source.id) ?? [])
      }
    },
    /** Every source of a vendor this browser holds, as an upload of its own history does. */
    async sendAll(vendorId: string) {
      const history = await archive.readVendor(vendorId)
      for (const [sourceId, incidents] of history.incidentsBySource) {
        await submitUnsent(vendorId, sourceId, incidents)
      }
    },
  }
}
