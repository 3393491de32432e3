// `npm run reparse`: rebuild every vendor's history from the raw captures with the current parser.
import { openDatabase } from '../open-database'
import { reparseAll } from '../reparse'
import { migrate } from '../migrations'
import { parseStoreEnv } from '../store-env'

const settings = parseStoreEnv(process.env)
const db = await openDatabase(settings)
try {
  await migrate(db)
  const summary = await reparseAll(db, (entry) => console.error(JSON.stringify(entry)))
  console.log(
    `Reparsed ${summary.captures} captures of ${summary.vendors} vendors: ${summary.incidents} incidents` +
      (summary.unreadable > 0 ? `, ${summary.unreadable} captures unreadable` : ''),
  )
} finally {
  await db.close()
}
