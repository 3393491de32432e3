// `npm run archive -- export <file>` and `npm run archive -- import <file> [--replace]`: a backup of
// the whole store (workspace, archive, raw captures, poll state) as one JSON file.
import { readFile, writeFile } from 'node:fs/promises'
import { exportStore, importStore, type Backup } from '../backup'
import { withStore } from './with-store'

const [command, file, ...flags] = process.argv.slice(2)
if ((command !== 'export' && command !== 'import') || !file) {
  console.error('Usage: npm run archive -- export <file.json> | import <file.json> [--replace]')
  process.exit(2)
}
await withStore(async (db) => {
  if (command === 'export') {
    const backup = await exportStore(db)
    await writeFile(file, JSON.stringify(backup))
    const counts = Object.entries(backup.tables).map(([table, rows]) => `${table} ${rows.length}`)
    console.log(`Wrote ${file}: ${counts.join(', ')}`)
  } else {
    const backup = JSON.parse(await readFile(file, 'utf8')) as Backup
    await importStore(db, backup, flags.includes('--replace'))
    console.log(`Restored ${file} (exported ${backup.exportedAt})`)
  }
})
