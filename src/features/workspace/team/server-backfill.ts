import type { VendorConfig } from '../settings/settings-schema'
import type { ServerBackfill, ServerWorkspace } from './server-client'

/** What a workspace write carries: the vendors and each backfill as a request. */
export type WorkspaceDraft = Pick<ServerWorkspace, 'vendors' | 'backfill'>

/** A backfill this browser asks the server's collector to run (or extend) for one vendor. */
export interface BackfillRequest {
  vendorId: string
  /** The history.json source the incidents are stored under, and its address. */
  sourceId: string
  url: string
  base: string
  months: number
}

/** Requests only: the server keeps each backfill's progress, which may have moved on since. */
export const asRequests = (backfill: ServerWorkspace['backfill']): ServerWorkspace['backfill'] =>
  backfill.map(({ vendorId, sourceId, state }) => ({
    vendorId,
    sourceId,
    state: { base: state.base, months: state.months },
  }))

/** The id the vendor's history.json source has in `vendors`, or null when it has none yet. */
const sourceIdOf = (vendor: VendorConfig, url: string) =>
  vendor.sources.find((source) => source.kind === 'url' && source.url === url)?.id ?? null

/**
 * The draft with the request in it: the vendor's history.json source added when a newer workspace
 * lacks it, and the request replacing any earlier one for that source (the server never shortens
 * a span, so a longer one extends and a shorter one changes nothing).
 */
export function withBackfillRequest(
  draft: WorkspaceDraft,
  request: BackfillRequest,
): WorkspaceDraft {
  const vendor = draft.vendors.find((v) => v.id === request.vendorId)
  if (!vendor) return draft
  const sourceId = sourceIdOf(vendor, request.url) ?? request.sourceId
  const vendors = sourceIdOf(vendor, request.url)
    ? draft.vendors
    : draft.vendors.map((v) =>
        v.id === vendor.id
          ? {
              ...v,
              sources: [...v.sources, { id: sourceId, kind: 'url' as const, url: request.url }],
            }
          : v,
      )
  const others = draft.backfill.filter(
    (entry) => !(entry.vendorId === request.vendorId && entry.sourceId === sourceId),
  )
  const state = { base: request.base, months: request.months }
  return { vendors, backfill: [...others, { vendorId: request.vendorId, sourceId, state }] }
}

/** Whether the saved workspace holds a backfill of the request's page for its vendor. */
export const holdsBackfill = (saved: WorkspaceDraft, request: BackfillRequest) =>
  saved.backfill.some(
    (entry) => entry.vendorId === request.vendorId && entry.state.base === request.base,
  )

/** The server's backfill of a vendor's page, as GET /api/sources lists it. */
export const backfillOf = (
  backfills: readonly ServerBackfill[],
  vendorId: string,
  base: string,
): ServerBackfill | null =>
  backfills.find((backfill) => backfill.vendorId === vendorId && backfill.base === base) ?? null
