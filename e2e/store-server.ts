import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect } from '@playwright/test'
import { freePort } from '../src/server/store/test-support/server-process'

const e2ePort = Number(process.env.E2E_PORT ?? 4173)
// The suite's build (playwright.config.ts builds it before any test runs).
const distDir = resolve(e2ePort === 4173 ? 'dist' : `dist-e2e-${e2ePort}`)
export const APP_HEADERS = {
  'X-Requested-With': 'vendor-reliability',
  'Content-Type': 'application/json',
}

type ReadyPath = '/' | '/api/health'

export interface StoreServer {
  base: string
  /** Calls the API as the app does, with the token when one is given. */
  call: (path: string, init?: RequestInit, token?: string) => Promise<Response>
  /**
   * Stops the process and starts it again on the same port and data directory, with `env` added;
   * ready once `ready` answers (`/` when its store is meant to be down).
   */
  restart: (env?: Record<string, string>, ready?: ReadyPath) => Promise<void>
  stop: () => Promise<void>
}

/**
 * The app's server with its store on a temporary DATA_DIR and a port of its own, beside the suite's
 * browser-only server. Ready once its store answers.
 */
export async function startStoreServer(env: Record<string, string> = {}): Promise<StoreServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vr-e2e-banners-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let child: ChildProcess | undefined
  const start = async (extra: Record<string, string>, ready: ReadyPath) => {
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        SKIP_BUILD: '1',
        DIST_DIR: distDir,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        COLLECT: '0',
        SEED_DEMO: '0',
        LOG_REQUESTS: '0',
        ...env,
        ...extra,
      },
      stdio: 'ignore',
    })
    await expect
      .poll(async () => (await fetch(`${base}${ready}`).catch(() => null))?.status, {
        timeout: 60_000,
      })
      .toBe(200)
  }
  const stopChild = async () => {
    const running = child
    if (!running || running.exitCode !== null) return
    const exited = new Promise((done) => running.once('exit', done))
    running.kill('SIGTERM')
    await exited
  }
  await start({}, '/api/health')
  return {
    base,
    call: (path, init = {}, token) =>
      fetch(`${base}${path}`, {
        ...init,
        headers: { ...APP_HEADERS, ...(token && { Authorization: `Bearer ${token}` }) },
      }),
    async restart(extra = {}, ready = '/api/health') {
      await stopChild()
      await start(extra, ready)
    },
    async stop() {
      await stopChild()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A vendor whose one source is an imported file: the browser fetches nothing for it. */
export const importedVendor = (id: string, name: string) => ({
  id,
  name,
  sources: [
    { id: `${id}-file`, kind: 'import', name: 'history.rss', importedAt: new Date().toISOString() },
  ],
  slaTarget: 99.9,
  excludedComponents: [],
  demo: false,
  addedAt: new Date().toISOString(),
})
