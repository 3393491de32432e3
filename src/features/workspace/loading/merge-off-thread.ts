import type { Incident } from '../../../core/model'
import { mergeSourceIncidents } from '../../../core/normalize/merge-sources'
import { sliceYielder } from '../archive/yield-to-page'
import { partsOf, type MergeMessage, type MergeReply } from './merge-messages'
import { spawnParseWorker } from './spawn-parse-worker'

const MERGE_TIME_BUDGET_MS = 15_000
// Up to this many incidents a merge takes a few ms on the page (≈ 6 µs each, measured): not worth
// the worker's 50 KB download on a first visit, whose demo histories are all below it.
export const PAGE_MERGE_MAX_INCIDENTS = 500

let worker: Worker | null = null
let queue: Promise<unknown> = Promise.resolve()
let nextId = 1

/** One merge in the worker, sent and received in parts; null when the worker failed or overran. */
async function mergeInWorker(lists: Incident[][], labels: string[]): Promise<Incident[] | null> {
  const current = (worker ??= spawnParseWorker())
  const id = nextId++
  const merged: Incident[] = []
  const result = new Promise<Incident[] | null>((resolve) => {
    const giveUp = () => {
      clearTimeout(timer)
      current.terminate()
      if (worker === current) worker = null
      resolve(null)
    }
    const timer = setTimeout(giveUp, MERGE_TIME_BUDGET_MS)
    current.onerror = giveUp
    current.onmessage = (event: MessageEvent<MergeReply>) => {
      const reply = event.data
      if (reply.id !== id) return
      if (reply.kind === 'merged-part') return void merged.push(...reply.incidents)
      clearTimeout(timer)
      resolve(merged)
    }
  })
  const send = (message: MergeMessage) => current.postMessage(message)
  const pageTurn = sliceYielder()
  for (const [list, incidents] of lists.entries()) {
    for (const part of partsOf(incidents)) {
      await pageTurn()
      send({ id, kind: 'merge-part', list, incidents: part })
    }
  }
  send({ id, kind: 'merge', labels })
  return result
}

/**
 * `mergeSourceIncidents(lists, labels)` in a worker, one merge at a time, so merging a large
 * history never blocks the page; here where Workers are missing, the worker failed, or the history
 * is small (same result).
 */
export function mergeOffThread(lists: Incident[][], labels: string[]): Promise<Incident[]> {
  const small = lists.reduce((sum, list) => sum + list.length, 0) <= PAGE_MERGE_MAX_INCIDENTS
  if (small || typeof Worker === 'undefined')
    return Promise.resolve(mergeSourceIncidents(lists, labels))
  const run = queue.then(async () => {
    // A worker that cannot start (a blocked script, say) leaves the merge to the page.
    const merged = await mergeInWorker(lists, labels).catch(() => null)
    return merged ?? mergeSourceIncidents(lists, labels)
  })
  queue = run.catch(() => undefined)
  return run
}
