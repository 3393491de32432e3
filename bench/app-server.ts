import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { APP_DIST, ROOT } from './builds'

export interface RunningServer {
  url: string
  process: ChildProcess
  stop: () => Promise<void>
}

/** Polls `url` until it answers 200; the time it took, in ms from `since`. */
export async function firstOk(url: string, since: number, child: ChildProcess): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`)
    const ok = await fetch(url).then(
      (res) => res.body?.cancel().then(() => res.status === 200) ?? res.status === 200,
      () => false,
    )
    if (ok) return performance.now() - since
    if (performance.now() - since > 60_000) throw new Error(`${url}: no 200 within 60 s`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

export const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })

/** The embedded store's directory of the app started on `port`. */
export const benchDataDir = (port: number) => join(ROOT, 'dist-bench-data', String(port))

/** `npm start` on the bench build (SKIP_BUILD=1), on loopback; resolves once `/` answers 200. */
export async function startApp(port: number, extraEnv: Record<string, string> = {}) {
  const started = performance.now()
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      SKIP_BUILD: '1',
      DIST_DIR: APP_DIST,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_REQUESTS: '0',
      // A store of its own per port: one process owns an embedded store's directory.
      DATA_DIR: benchDataDir(port),
      ...extraEnv,
    },
  })
  const url = `http://127.0.0.1:${port}/`
  const ms = await firstOk(url, started, child)
  return { url, ms, process: child, stop: () => stopChild(child) }
}
