import { describe, expect, it } from 'vitest'
import { makeIncident } from '../../../core/__fixtures__/make-incident'
import { mergeSourceIncidents } from '../../../core/normalize/merge-sources'
import { handleMergeMessage } from './merge-in-worker'
import { partsOf, type MergeReply } from './merge-messages'

const feedList = Array.from({ length: 250 }, (_, index) =>
  makeIncident({
    id: `f${index}`,
    start: `2025-01-${String((index % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
  }),
)
// The second source repeats every fifth incident of the first and adds none of its own.
const copies = feedList
  .filter((_, index) => index % 5 === 0)
  .map((i) => ({ ...i, title: 'Renamed' }))

describe('partsOf', () => {
  it('cuts a list into runs of the given size, the last one shorter', () => {
    expect(partsOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(partsOf([], 2)).toEqual([])
  })
})

describe('a merge in the worker', () => {
  it('merges the lists sent in parts as mergeSourceIncidents does, and sends the result in parts', () => {
    const replies: MergeReply[] = []
    const reply = (message: MergeReply) => replies.push(message)
    const labels = ['the feed', 'a removed source', 'the copy']
    for (const [list, incidents] of [feedList, [], copies].entries())
      for (const part of partsOf(incidents))
        handleMergeMessage({ id: 7, kind: 'merge-part', list, incidents: part }, reply)
    handleMergeMessage({ id: 7, kind: 'merge', labels }, reply)
    const merged = replies.flatMap((r) => (r.kind === 'merged-part' ? r.incidents : []))
    expect(merged).toEqual(mergeSourceIncidents([feedList, [], copies], labels))
    expect(replies.at(-1)).toEqual({ id: 7, kind: 'merged' })
    expect(replies.length).toBeGreaterThan(2)
  })
})
