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

let session: Promise<Session> | undefined

/** One built app, one `npm start` (SKIP_BUILD=1) and one headless Chromium for every browser benchmark. */
export function browserSession(): Promise<Session> {
  session ??= (async () => {
    buildApps()
    const port = Number(process.env.E2E_PORT ?? 5181)
    // A fresh store: vendors an earlier run imported would sync into every page of this one.
    rmSync(benchDataDir(port), { recursive: true, force: true })
    const app = await startApp(port)
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
  })()
  return session
}

/** tsx keeps function names with a `__name` helper that pages lack; evaluated bodies may call it. */
export const KEEP_NAMES = 'window.__name = (fn) => fn'

export async function closeBrowserSession(): Promise<void> {
  if (session) await (await session).close()
  session = undefined
}

export async function chromiumVersion(): Promise<string | null> {
  return session ? (await session).browser.version() : null
}
