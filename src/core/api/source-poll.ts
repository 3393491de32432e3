/** One polled source as `GET /api/sources` lists it: the server writes it, the Vendors page reads it. */
export interface SourcePollStatus {
  vendorId: string
  sourceId: string
  url: string
  lastPollAt: string | null
  lastSuccessAt: string | null
  lastChangeAt: string | null
  nextPollAt: string
  lastError: string | null
  lastErrorAt: string | null
  failures: number
  polls: number
  /** The process polling it right now, if any. */
  leasedBy: string | null
}
