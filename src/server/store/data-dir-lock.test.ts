import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { StoreUnavailableError } from './database'
import { lockDataDir } from './data-dir-lock'
import { openPglite } from './pglite-database'

const dirs: string[] = []
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vr-lock-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

// The parent of this test process runs for as long as the test does: a live holder that is not us.
const livePid = process.ppid
// A process that has ended: its id names nobody (or, rarely, someone new, which the test notices).
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

describe('the data directory lock', () => {
  it('writes this process id and removes the file on release', async () => {
    const dir = freshDir()
    const release = await lockDataDir(dir)
    expect(readFileSync(join(dir, '.lock'), 'utf8').trim()).toBe(String(process.pid))
    await release()
    expect(existsSync(join(dir, '.lock'))).toBe(false)
  })

  it('refuses a directory another running process holds, naming that process', async () => {
    const dir = freshDir()
    writeFileSync(join(dir, '.lock'), `${livePid}\n`)
    const attempt = lockDataDir(dir)
    await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError)
    await expect(attempt).rejects.toThrow(`is in use by process ${livePid}`)
    expect(readFileSync(join(dir, '.lock'), 'utf8').trim()).toBe(String(livePid))
  })

  it('takes over a lock left by a process that has died', async () => {
    const dir = freshDir()
    writeFileSync(join(dir, '.lock'), `${deadPid()}\n`)
    const release = await lockDataDir(dir)
    expect(readFileSync(join(dir, '.lock'), 'utf8').trim()).toBe(String(process.pid))
    await release()
  })

  it('takes over a lock carrying its own id or no readable id', async () => {
    const dir = freshDir()
    writeFileSync(join(dir, '.lock'), `${process.pid}\n`)
    await (
      await lockDataDir(dir)
    )()
    writeFileSync(join(dir, '.lock'), 'garbage')
    await (
      await lockDataDir(dir)
    )()
  })

  it('keeps the embedded store from opening a directory a running server holds', async () => {
    const dir = freshDir()
    writeFileSync(join(dir, '.lock'), `${livePid}\n`)
    await expect(openPglite(dir)).rejects.toThrow(/in use by process/)
    expect(existsSync(join(dir, 'pglite'))).toBe(false)
  })
})
