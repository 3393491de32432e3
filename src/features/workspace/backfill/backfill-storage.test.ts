import { describe, expect, it } from 'vitest'
import { createBackfill } from '../../../core/backfill/plan'
import { createFakeStorage } from '../settings/__fixtures__/fake-storage'
import { BACKFILL_KEY, createBackfillStorage } from './backfill-storage'

const state = createBackfill('https://status.example.com', 12, '2026-12-03T09:00:00Z')

describe('saved backfills', () => {
  it('survive a new storage object over the same localStorage, and are removed per vendor', () => {
    const local = createFakeStorage()
    createBackfillStorage(local).put('v1', 's1', state)
    const reopened = createBackfillStorage(local)
    expect(reopened.get('v1')).toEqual({ sourceId: 's1', state })
    reopened.remove('v1')
    expect(createBackfillStorage(local).get('v1')).toBeNull()
  })

  it('read as none when the stored text is not a backfill, and keep working in memory when storage refuses writes', () => {
    const local = createFakeStorage()
    local.setItem(BACKFILL_KEY, '{"v1": {"sourceId": 3}}')
    expect(createBackfillStorage(local).get('v1')).toBeNull()
    const refusing = createBackfillStorage({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    })
    refusing.put('v1', 's1', state)
    expect(refusing.get('v1')).toEqual({ sourceId: 's1', state })
  })
})
