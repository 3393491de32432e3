import type { Incident } from '../../../core/model'

/** Incidents per message: small enough that copying one never makes a long task. */
export const MERGE_PART_SIZE = 100

/**
 * A merge crosses to the worker as parts of each list, then the labels (which start it); the
 * merged list comes back in parts, then `done`. Each message is its own task on the page.
 */
export type MergeMessage =
  | { id: number; kind: 'merge-part'; list: number; incidents: Incident[] }
  | { id: number; kind: 'merge'; labels: string[] }

export type MergeReply =
  { id: number; kind: 'merged-part'; incidents: Incident[] } | { id: number; kind: 'merged' }

/** `items` in runs of `size`, in order. */
export function partsOf<T>(items: readonly T[], size = MERGE_PART_SIZE): T[][] {
  const parts: T[][] = []
  for (let from = 0; from < items.length; from += size) parts.push(items.slice(from, from + size))
  return parts
}
