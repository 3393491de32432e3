import { describe, expect, it } from 'vitest'
import { maestraView } from '../features/workspace/__fixtures__/demo-views'
import type { VendorView } from '../features/workspace/hooks/use-vendor-views'
import { firstScreenStage } from './use-first-screen'

const stored = maestraView()
const pending: VendorView['sources'][number] = {
  source: { kind: 'demo', id: 'src-1', path: '/demo/maestra-history.rss' },
  isFetching: true,
  record: null,
  status: 'pending',
  error: null,
  load: null,
}
const workspace = { demoLoaded: true, vendors: [stored.config] }
const none = new Set<string>()

describe('the first screen', () => {
  it('waits for the workspace before showing anything below the header', () => {
    expect(firstScreenStage([], { demoLoaded: false, vendors: [] }, 'connecting', none)).toBe(
      'workspace',
    )
  })

  it('knows an empty workspace once the demo was cleared or the server asks to sign in', () => {
    expect(firstScreenStage([], { demoLoaded: true, vendors: [] }, 'local', none)).toBe('ready')
    expect(firstScreenStage([], { demoLoaded: false, vendors: [] }, 'signin', none)).toBe('ready')
  })

  it('waits while a vendor’s stored history is unread', () => {
    const unread = { ...stored, historyReady: false }
    expect(firstScreenStage([unread], workspace, 'local', none)).toBe('loads')
  })

  it('waits for the first loads of a vendor that had nothing stored, not of one that had', () => {
    const loading = { ...stored, sources: [pending] }
    expect(firstScreenStage([loading], workspace, 'local', new Set(['maestra']))).toBe('loads')
    expect(firstScreenStage([loading], workspace, 'local', none)).toBe('ready')
  })
})
