import { describe, expect, it, vi } from 'vitest'
import { maestraView } from '../__fixtures__/demo-views'
import { memoPerHistory } from './history-memo'
import type { VendorView } from '../hooks/use-vendor-views'

describe('memoPerHistory', () => {
  it('computes once per incident list and key', () => {
    const compute = vi.fn((view: VendorView, factor: number) => view.incidents.length * factor)
    const scaled = memoPerHistory(compute, { limit: 2, key: (_view, factor) => factor })
    const view = maestraView()
    expect(scaled(view, 2)).toBe(view.incidents.length * 2)
    scaled({ ...view }, 2)
    scaled(view, 3)
    expect(compute).toHaveBeenCalledTimes(2)
  })

  it('computes again once the history is a new list, even with the same incidents', () => {
    const compute = vi.fn((view: VendorView) => view.incidents.length)
    const count = memoPerHistory(compute, { limit: 1, key: () => '' })
    const view = maestraView()
    count(view)
    count({ ...view, incidents: [...view.incidents] })
    expect(compute).toHaveBeenCalledTimes(2)
  })
})
