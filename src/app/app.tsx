import { useDeferredValue, useEffect } from 'react'
import { setSearchParams, useSearchParams } from '../components/url-state'
import { ServerBanner } from '../features/workspace/team/server-banner'
import { useSyncStatus } from '../features/workspace/team/use-server-sync'
import { useAnalysis } from '../features/workspace/hooks/use-analysis'
import { useVendorViews } from '../features/workspace/hooks/use-vendor-views'
import { isVendorLoading } from '../features/workspace/model/vendor-loading'
import { useWorkspaceActions } from '../features/workspace/hooks/use-workspace-actions'
import { useSettings } from '../features/workspace/settings/use-settings'
import { AnalysisControls } from './analysis-controls'
import { AppHeader } from './app-header'
import { DemoBanner } from './demo-banner'
import { FirstLoadsNote } from './first-loads-note'
import { NoticeBar } from './notice-bar'
import {
  applySharedSettings,
  hasSharedSettings,
  readSharedSettings,
  SHARED_KEYS,
} from './share-link'
import { useFirstScreen } from './use-first-screen'
import { useTheme } from './use-theme'
import { ViewOutlet } from './view-outlet'
import { viewFromParam } from './views'

/** A vendor whose stored history or first load is still on its way: its figures may change. */

export function App() {
  const settings = useSettings()
  const actions = useWorkspaceActions()
  const views = useVendorViews()
  const analysis = useAnalysis(views)
  const view = viewFromParam(useSearchParams().get('view'))
  const syncState = useSyncStatus().state
  const firstScreen = useFirstScreen(views, settings, syncState)
  useTheme(settings.theme)
  // The view follows a click or a period change in a transition: the control paints at once.
  const shown = useDeferredValue({ view, views, analysis, settings, firstScreen })
  // The overview holds its cards until the first loads end (in the data it shows, which may lag
  // a render behind); the other views say they are loading.
  const holding = shown.view === 'overview' && shown.firstScreen !== 'ready'
  // Settled only when the view on screen shows the loaded data, not while it lags behind.
  const behind = shown.view !== view || shown.views !== views || shown.analysis !== analysis
  const loading = behind || shown.settings !== settings || views.some(isVendorLoading)
  // A shared link's method settings become this browser's, once; the address then stays clean.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    if (!hasSharedSettings(params)) return
    const shared = readSharedSettings(params)
    actions.updateSettings((s) => applySharedSettings(s, shared))
    setSearchParams(Object.fromEntries(SHARED_KEYS.map((key) => [key, null])))
  }, [actions])
  // First run: a demo workspace of real feeds, so every view has something true to show offline.
  // With a server store, its workspace (demo included) comes from there instead.
  useEffect(() => {
    if (syncState === 'connecting' || syncState === 'online' || syncState === 'signin') return
    if (!settings.demoLoaded && settings.vendors.length === 0) actions.loadDemo()
  }, [settings.demoLoaded, settings.vendors.length, actions, syncState])
  return (
    <div
      className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100"
      data-loading={loading ? 'true' : 'false'}
    >
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-teal-700 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <AppHeader
        view={view}
        settings={settings}
        theme={settings.theme}
        onTheme={(theme) => actions.updateSettings((s) => ({ ...s, theme }))}
      />
      {firstScreen !== 'workspace' && (
        <DemoBanner
          demoCount={settings.vendors.filter((v) => v.demo).length}
          onClear={() => void actions.clearDemo()}
        />
      )}
      <NoticeBar />
      <ServerBanner />
      {firstScreen !== 'workspace' && (
        <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
          {view !== 'vendors' && (
            <AnalysisControls
              analysis={analysis}
              settings={settings}
              settled={!holding}
              onSettings={(change) => actions.updateSettings(change)}
            />
          )}
          {holding ? (
            <FirstLoadsNote views={views} />
          ) : (
            <ViewOutlet
              view={shown.view}
              views={shown.views}
              analysis={shown.analysis}
              settings={shown.settings}
              actions={actions}
            />
          )}
        </main>
      )}
    </div>
  )
}
