import { useEffect, useState } from 'react'
import type { VendorView } from '../features/workspace/hooks/use-vendor-views'
import { isVendorLoading } from '../features/workspace/model/vendor-loading'
import type { Settings } from '../features/workspace/settings/settings-schema'
import type { SyncState } from '../features/workspace/team/server-sync'

/**
 * What the first screen can show without anything moving afterwards (CLS): nothing below the
 * header until the workspace's vendors are known (the demo banner may come with them), then no
 * cards ('loads') until every vendor that had no stored history has its first loads.
 */
export const FIRST_SCREEN_STAGES = ['workspace', 'loads', 'ready'] as const
export type FirstScreenStage = (typeof FIRST_SCREEN_STAGES)[number]

// A feed slower than this does not hold the others back: the screen shows what it has.
const FIRST_SCREEN_WAIT_MS = 8_000

const hasStoredData = (view: VendorView) => view.incidents.length > 0 || Boolean(view.coverage?.to)

export function firstScreenStage(
  views: readonly VendorView[],
  settings: Pick<Settings, 'demoLoaded' | 'vendors'>,
  syncState: SyncState,
  emptyAtFirstRead: ReadonlySet<string>,
): FirstScreenStage {
  const workspaceKnown =
    settings.demoLoaded || settings.vendors.length > 0 || syncState === 'signin'
  if (!workspaceKnown) return 'workspace'
  const waiting = views.some(
    (view) => !view.historyReady || (emptyAtFirstRead.has(view.config.id) && isVendorLoading(view)),
  )
  return waiting ? 'loads' : 'ready'
}

/** The first screen's stage; once ready (or after FIRST_SCREEN_WAIT_MS) it stays ready. */
export function useFirstScreen(
  views: readonly VendorView[],
  settings: Pick<Settings, 'demoLoaded' | 'vendors'>,
  syncState: SyncState,
): FirstScreenStage {
  // Which vendors had nothing stored when their history was first read: only those are waited for.
  const [emptyAtFirstRead, setEmptyAtFirstRead] = useState<ReadonlySet<string>>(new Set())
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set())
  const [settled, setSettled] = useState(false)
  const firstReads = settled
    ? []
    : views.filter((view) => view.historyReady && !seen.has(view.config.id))
  let empty = emptyAtFirstRead
  if (firstReads.length > 0) {
    empty = new Set([
      ...emptyAtFirstRead,
      ...firstReads.filter((view) => !hasStoredData(view)).map((view) => view.config.id),
    ])
    setEmptyAtFirstRead(empty)
    setSeen(new Set([...seen, ...firstReads.map((view) => view.config.id)]))
  }
  const stage = settled ? 'ready' : firstScreenStage(views, settings, syncState, empty)
  if (stage === 'ready' && !settled) setSettled(true)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), FIRST_SCREEN_WAIT_MS)
    return () => clearTimeout(timer)
  }, [])
  return stage
}
