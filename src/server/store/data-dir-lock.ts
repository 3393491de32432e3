import { open, readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { StoreUnavailableError } from './database'

const LOCK_FILE = '.lock'

/** Whether a process with this id runs on this machine (signal 0 only asks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as { code?: string }).code === 'EPERM'
  }
}

async function holderOf(path: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10)
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/**
 * Takes the embedded store's directory for this process: two processes writing one PGlite directory
 * corrupt it, so a second server or `npm run archive` is refused while the first runs. A lock left
 * by a process that died (kill -9, power loss) is taken over. Returns the release function.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const file = await open(path, 'wx')
      await file.writeFile(`${process.pid}\n`)
      await file.close()
      return () => rm(path, { force: true })
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error
    }
    const holder = await holderOf(path)
    // Our own id: a lock this process (or an earlier one that had the same id) left behind.
    if (holder !== null && holder !== process.pid && isRunning(holder)) {
      throw new StoreUnavailableError(
        `DATA_DIR ${resolve(dir)} is in use by process ${holder} (a server or an archive command); stop it first, or set DATA_DIR to another directory.`,
      )
    }
    await rm(path, { force: true })
  }
  throw new StoreUnavailableError(`DATA_DIR ${resolve(dir)} could not be locked for this process.`)
}
