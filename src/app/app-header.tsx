import { setSearchParams } from '../components/url-state'
import { THEMES, type Settings, type Theme } from '../features/workspace/settings/settings-schema'
import { CopyLinkButton } from './copy-link-button'
import { VIEWS, type ViewId } from './views'

const THEME_LABELS: Record<Theme, string> = { light: 'Light', dark: 'Dark', system: 'System' }

interface AppHeaderProps {
  view: ViewId
  settings: Settings
  theme: Theme
  onTheme: (theme: Theme) => void
}

export function AppHeader({ view, settings, theme, onTheme }: AppHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 md:gap-x-6 md:py-3">
        <a
          href="/"
          className="flex items-center gap-2 text-base font-semibold text-slate-900 dark:text-white"
        >
          <img src="/favicon.svg" alt="" className="h-6 w-6" />
          Vendor Reliability
        </a>
        <nav
          aria-label="Views"
          className="order-last -mx-1 flex w-full gap-1 overflow-x-auto md:order-none md:w-auto md:flex-1 md:flex-wrap md:overflow-visible"
        >
          {VIEWS.map((item) => (
            <a
              key={item.id}
              href={`?view=${item.id}`}
              aria-current={item.id === view ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault()
                setSearchParams(
                  { view: item.id === 'overview' ? null : item.id, incident: null },
                  { push: true },
                )
              }}
              className="rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-teal-50 aria-[current=page]:text-teal-800 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-teal-950 dark:aria-[current=page]:text-teal-200"
            >
              {item.label}
            </a>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2 md:ml-0 md:gap-4">
          <CopyLinkButton settings={settings} />
          <label className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
            Theme
            <select
              value={theme}
              onChange={(event) => onTheme(event.target.value as Theme)}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
            >
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {THEME_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
    </header>
  )
}
