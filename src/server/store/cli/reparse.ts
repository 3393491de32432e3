// `npm run reparse`: rebuild every vendor's history from the raw captures with the current parser.
import { reparseAll } from '../reparse'
import { withStore } from './with-store'

await withStore(async (db) => {
  const summary = await reparseAll(db, (entry) => console.error(JSON.stringify(entry)))
  console.log(
    `Reparsed ${summary.captures} captures of ${summary.vendors} vendors: ${summary.incidents} incidents` +
      (summary.unreadable > 0 ? `, ${summary.unreadable} captures unreadable` : ''),
  )
})
