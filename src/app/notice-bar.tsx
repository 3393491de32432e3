import { useArchive, useArchiveNotices } from '../features/workspace/hooks/use-archive'
import { BadRecordActions } from './bad-record-actions'
import { useSettingsNotices, useSettingsStore } from '../features/workspace/settings/use-settings'

/** Storage problems, said once and dismissable; the app keeps working in memory meanwhile. */
export function NoticeBar() {
  const store = useSettingsStore()
  const archive = useArchive()
  const notices = [
    ...useSettingsNotices().map((n) => ({ ...n, dismiss: () => store.dismissNotice(n.id) })),
    ...useArchiveNotices().map((n) => ({ ...n, dismiss: () => archive.dismissNotice(n.id) })),
  ]
  if (notices.length === 0) return null
  return (
    <div className="mx-auto max-w-7xl space-y-2 px-4 pt-4">
      {notices.map((notice) => (
        <div
          key={notice.id}
          role="status"
          className="flex items-start justify-between gap-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          <span>{notice.message}</span>
          <span className="flex shrink-0 flex-wrap items-center gap-3">
            {notice.id === 'archive-bad-records' && <BadRecordActions />}
            <button type="button" onClick={notice.dismiss} className="font-medium underline">
              Dismiss
            </button>
          </span>
        </div>
      ))}
    </div>
  )
}
