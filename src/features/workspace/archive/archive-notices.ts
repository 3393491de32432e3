import type { Notice } from '../settings/notices'

export const ARCHIVE_NOTICE_IDS = [
  'archive-unavailable',
  'archive-blocked',
  'archive-full',
  'archive-unsaved',
  'archive-reload',
] as const
export type ArchiveNoticeId = (typeof ARCHIVE_NOTICE_IDS)[number]
export type ArchiveNotice = Notice & { id: ArchiveNoticeId }

export const archiveNotices = {
  unavailable: (): ArchiveNotice => ({
    id: 'archive-unavailable',
    level: 'warning',
    message: "History can't be saved in this browser; it lasts until you close the tab.",
  }),
  blocked: (): ArchiveNotice => ({
    id: 'archive-blocked',
    level: 'warning',
    message:
      'Another tab of Vendor Reliability is using an older version of the saved history. Close ' +
      'it and reload this page; until then, history lasts until you close this tab.',
  }),
  full: (): ArchiveNotice => ({
    id: 'archive-full',
    level: 'warning',
    message:
      'Storage is full, so new history is kept only until you close the tab. Export the archive ' +
      'or free some space in the browser.',
  }),
  unsaved: (): ArchiveNotice => ({
    id: 'archive-unsaved',
    level: 'warning',
    message: 'New history could not be saved and is kept only until you close the tab.',
  }),
  reload: (reason: 'versionchange' | 'closed'): ArchiveNotice => ({
    id: 'archive-reload',
    level: 'warning',
    message:
      reason === 'versionchange'
        ? 'Vendor Reliability was updated in another tab. Reload this page to keep saving history.'
        : 'The browser closed the saved history. Reload this page to keep saving history.',
  }),
}

export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error
    ? error.name === 'QuotaExceededError'
    : false
}
