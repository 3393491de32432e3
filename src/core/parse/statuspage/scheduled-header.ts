import { makeWallStamp, type WallStamp } from '../../time/stamps'

/** The window of a "THIS IS A SCHEDULED EVENT" header, as wall stamps without a year. */
export interface ScheduledWindowStamps {
  start: WallStamp
  /** When the header gives no end date ("Dec 18, 16:00 - 17:00 UTC") it is the start's date. */
  end: WallStamp
}

const MONTH_DAY_TIME = String.raw`([A-Z][a-z]{2}) ?(\d{1,2}), ?(\d{1,2}:\d{2}(?::\d{2})?)`
// "May 14, 16:30 UTC - May 15, 16:30 UTC" or the same-day "Dec 18, 16:00 - 17:00 UTC".
const WINDOW = new RegExp(
  String.raw`^${MONTH_DAY_TIME}(?: ([^\s\d-]\S*))? ?- ?(?:([A-Z][a-z]{2}) ?(\d{1,2}), ?)?(\d{1,2}:\d{2}(?::\d{2})?)(?: (\S+))?$`,
)

/**
 * Reads the header text after "THIS IS A SCHEDULED EVENT" (tags removed, entities decoded,
 * whitespace collapsed). One zone word usually serves both ends.
 * @example readScheduledHeader('Dec 18, 16:00 - 17:00 UTC') // end on Dec 18 at 17:00 UTC
 */
export function readScheduledHeader(text: string): ScheduledWindowStamps | null {
  const match = WINDOW.exec(text.trim())
  if (!match) return null
  const [, month = '', day = '', time = '', startZone, endMonth, endDay, endTime = '', endZone] =
    match
  const zoneOfStart = startZone ?? endZone ?? ''
  const start = makeWallStamp(month, day, time, zoneOfStart)
  const end = makeWallStamp(endMonth ?? month, endDay ?? day, endTime, endZone ?? zoneOfStart)
  return start && end ? { start, end } : null
}
