/// <reference lib="webworker" />
import type { Incident } from '../../../core/model'
import { mergeSourceIncidents } from '../../../core/normalize/merge-sources'
import { partsOf, type MergeMessage, type MergeReply } from './merge-messages'

/** Lists being received, by merge id. */
const gathering = new Map<number, Incident[][]>()

/** The worker's side of a merge: gathers the parts, merges, sends the result back in parts. */
export function handleMergeMessage(message: MergeMessage, reply: (reply: MergeReply) => void) {
  const lists = gathering.get(message.id) ?? []
  if (message.kind === 'merge-part') {
    const list = lists[message.list] ?? []
    list.push(...message.incidents)
    lists[message.list] = list
    gathering.set(message.id, lists)
    return
  }
  gathering.delete(message.id)
  // A source with no stored incidents sends no part: its list is empty.
  const full = message.labels.map((_, index) => lists[index] ?? [])
  const merged = mergeSourceIncidents(full, message.labels)
  for (const incidents of partsOf(merged)) reply({ id: message.id, kind: 'merged-part', incidents })
  reply({ id: message.id, kind: 'merged' })
}
