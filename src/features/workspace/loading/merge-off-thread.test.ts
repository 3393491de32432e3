import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeIncident } from '../../../core/__fixtures__/make-incident'
import { mergeSourceIncidents } from '../../../core/normalize/merge-sources'
import { mergeOffThread, PAGE_MERGE_MAX_INCIDENTS } from './merge-off-thread'

const incidents = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) =>
    makeIncident({ id: `${prefix}${index}`, start: `2025-02-0${(index % 9) + 1}T08:00:00.000Z` }),
  )

/** A Worker that cannot start (as under a blocking policy); the spy counts the attempts. */
function stubFailingWorker() {
  const started = vi.fn()
  vi.stubGlobal(
    'Worker',
    class {
      constructor() {
        started()
        throw new Error('no worker here')
      }
    },
  )
  return started
}

afterEach(() => vi.unstubAllGlobals())

describe('mergeOffThread', () => {
  it('merges a small history on the page without starting the worker', async () => {
    const started = stubFailingWorker()
    const half = PAGE_MERGE_MAX_INCIDENTS / 2
    const lists = [incidents(half, 'a'), incidents(half, 'b')]
    const merged = await mergeOffThread(lists, ['feed', 'json'])
    expect(merged).toEqual(mergeSourceIncidents(lists, ['feed', 'json']))
    expect(started).not.toHaveBeenCalled()
  })

  it('starts the worker for a history above the page limit, and merges on the page when it cannot start', async () => {
    const started = stubFailingWorker()
    const lists = [incidents(PAGE_MERGE_MAX_INCIDENTS + 1, 'a')]
    expect(await mergeOffThread(lists, ['feed'])).toEqual(mergeSourceIncidents(lists, ['feed']))
    expect(started).toHaveBeenCalledTimes(1)
  })
})
