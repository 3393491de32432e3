import { chromium, type Browser } from 'playwright-core'
import { rmSync } from 'node:fs'
import { benchDataDir, startApp } from './app-server'
import { buildApps } from './builds'

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

interface Session {
  browser: Browser
  baseUrl: string
  close: () => Promise<void>
}

export interface SessionOptions {
  /**
   * With the server's store (the default, as `npm start` runs): the workspace is the store's, the
   * demo on a fresh store. Without (`STORE=0`, as the e2e server runs): the browser's own, so a
   * fleet written into IndexedDB is what the app shows.
   */
  store?: boolean
}

let session: { store: boolean; ready: Promise<Session> } | undefined

async function startSession(store: boolean): Promise<Session> {
  buildApps()
  const port = Number(process.env.E2E_PORT ?? 5181)
  // A fresh store: vendors an earlier run imported would sync into every page of this one.
  rmSync(benchDataDir(port), { recursive: true, force: true })
  const app = await startApp(port, store ? {} : { STORE: '0' })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  })
  const close = async () => {
    await browser.close()
    await app.stop()
  }
  return { browser, baseUrl: app.url, close }
}

/**
 * One built app, one `npm start` (SKIP_BUILD=1) and one headless Chromium for the browser
 * benchmarks; asking for the other store mode restarts them (one app per port).
 */
export async function browserSession(options: SessionOptions = {}): Promise<Session> {
  const store = options.store ?? true
  if (session && session.store !== store) await closeBrowserSession()
  session ??= { store, ready: startSession(store) }
  return session.ready
}

/** tsx keeps function names with a `__name` helper that pages lack; evaluated bodies may call it. */
export const KEEP_NAMES = 'window.__name = (fn) => fn'

export async function closeBrowserSession(): Promise<void> {
  const closing = session
  session = undefined
  if (closing) await (await closing.ready).close()
}

export async function chromiumVersion(): Promise<string | null> {
  return session ? (await session.ready).browser.version() : null
}
