import { describe, expect, it } from 'vitest'
import type { SourceStatus } from '../hooks/use-vendor-views'
import { isVendorLoading } from './vendor-loading'

// Only the state and the fetching flag matter to the predicate; the load itself is left out.
const source = (status: SourceStatus['status'], isFetching = false) =>
  ({
    source: { id: 's1', kind: 'url', url: 'https://status.example.com/history.rss' },
    status,
    isFetching,
    error: status === 'error' ? new Error('The feed answered 500.') : null,
    load: null,
    record: null,
  }) as SourceStatus

describe('isVendorLoading', () => {
  it('holds while the stored history is unread, whatever the sources say', () => {
    expect(isVendorLoading({ historyReady: false, sources: [source('success')] })).toBe(true)
    expect(isVendorLoading({ historyReady: false, sources: [] })).toBe(true)
  })

  it('holds while any source waits for its first load', () => {
    const sources = [source('success'), source('pending')]
    expect(isVendorLoading({ historyReady: true, sources })).toBe(true)
  })

  it('ends once history is read and every source has loaded, failed or was imported', () => {
    const sources = [source('success'), source('error'), source('imported')]
    expect(isVendorLoading({ historyReady: true, sources })).toBe(false)
  })

  it('does not count a refresh of a source that loaded before', () => {
    expect(isVendorLoading({ historyReady: true, sources: [source('success', true)] })).toBe(false)
  })
})
