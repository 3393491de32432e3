export const NOTICE_LEVELS = ['info', 'warning'] as const
export type NoticeLevel = (typeof NOTICE_LEVELS)[number]

/** A non-blocking message for the user; `id` says which situation it reports. */
export interface Notice {
  id: string
  level: NoticeLevel
  message: string
}

export interface NoticeList {
  /** The current notices; the same array until one is added or removed. */
  list(): readonly Notice[]
  /** Adds the notice unless one with the same id is already shown. */
  add(notice: Notice): void
  remove(id: string): void
}

/** An immutable list of notices that calls `onChange` whenever it changes. */
export function createNoticeList(onChange: () => void): NoticeList {
  let notices: readonly Notice[] = []
  return {
    list: () => notices,
    add(notice) {
      if (notices.some((shown) => shown.id === notice.id)) return
      notices = [...notices, notice]
      onChange()
    },
    remove(id) {
      if (!notices.some((shown) => shown.id === id)) return
      notices = notices.filter((shown) => shown.id !== id)
      onChange()
    },
  }
}
