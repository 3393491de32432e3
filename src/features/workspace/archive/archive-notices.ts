import type { Notice } from '../settings/notices'
import type { BadRecord } from './stored-records'

export const ARCHIVE_NOTICE_IDS = [
  'archive-unavailable',
  'archive-blocked',
  'archive-full',
  'archive-unsaved',
  'archive-reload',
  'archive-unreadable',
  'archive-bad-records',
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

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text)

/** What a notice calls the store a bad record was found in. */
const STORE_WORDS = { incidents: 'incident', sources: 'source' } as const

export const storedDataNotices = {
  /** The database as a whole cannot be used; the archive runs from memory. */
  unreadable: (detail: string): ArchiveNotice => ({
    id: 'archive-unreadable',
    level: 'warning',
    message: `Stored history could not be read: ${detail}; working from memory, so history lasts until you close the tab.`,
  }),
  /** Some records are invalid; the rest shows. */
  badRecords: (count: number, first: BadRecord): ArchiveNotice => ({
    id: 'archive-bad-records',
    level: 'warning',
    message:
      `${count} stored ${count === 1 ? 'record' : 'records'} could not be read and ` +
      `${count === 1 ? 'is' : 'are'} left out (${STORE_WORDS[first.store]} record: ` +
      `${clip(first.problem)}). Export ${count === 1 ? 'it' : 'them'} to keep a copy, or remove ` +
      `${count === 1 ? 'it' : 'them'}.`,
  }),
}

export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error
    ? error.name === 'QuotaExceededError'
    : false
}
