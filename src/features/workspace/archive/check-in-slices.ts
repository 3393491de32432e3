import { checkStoredRecords, type CheckedHistory, type KeyedValues } from './stored-records'
import { sliceYielder } from './yield-to-page'

/** Records checked between two looks at the clock. */
const STEP = 10
const NONE: KeyedValues = { keys: [], values: [] }

/**
 * `checkStoredRecords` in slices that leave the page a turn every few milliseconds, so reading a
 * large history never makes a long task; the same records and problems, in the same order.
 */
export async function checkStoredRecordsInSlices(read: {
  incidents: KeyedValues
  sources: KeyedValues
}): Promise<CheckedHistory> {
  const history: CheckedHistory = { sources: [], incidents: [], bad: [] }
  const add = (part: CheckedHistory) => {
    history.incidents.push(...part.incidents)
    history.sources.push(...part.sources)
    history.bad.push(...part.bad)
  }
  const { keys, values } = read.incidents
  const pageTurn = sliceYielder()
  for (let from = 0; from < values.length; from += STEP) {
    await pageTurn()
    const incidents = {
      keys: keys.slice(from, from + STEP),
      values: values.slice(from, from + STEP),
    }
    add(checkStoredRecords({ incidents, sources: NONE }))
  }
  add(checkStoredRecords({ incidents: NONE, sources: read.sources }))
  return history
}
