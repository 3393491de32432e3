import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, defineConfig } from '@playwright/test'

// Debian's Chromium (or CHROMIUM_PATH) when present; otherwise Playwright's own (`npx playwright install chromium`).
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasSystemChromium = existsSync(systemChromium)
if (!hasSystemChromium && !existsSync(chromium.executablePath())) {
  console.error(
    'No browser for the browser tests: install Chromium with `apt-get install chromium`.',
  )
  process.exit(1)
}
const port = Number(process.env.E2E_PORT ?? 4173)
const fixturePort = Number(process.env.FIXTURE_PORT ?? 4174)
// A build folder per port, so several test runs on one machine never overwrite each other's build.
const distDir = port === 4173 ? 'dist' : `dist-e2e-${port}`

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: hasSystemChromium ? systemChromium : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      // Stand-ins for vendors' status pages, on loopback only.
      command: 'node e2e/fixture-server.mjs',
      url: `http://127.0.0.1:${fixturePort}/hits`,
      env: { FIXTURE_PORT: String(fixturePort) },
      reuseExistingServer: false,
    },
    {
      command: `npx vite build --logLevel warn --outDir ${distDir} && node scripts/start.mjs`,
      url: `http://127.0.0.1:${port}/`,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        SKIP_BUILD: '1',
        DIST_DIR: resolve(distDir),
        LOG_REQUESTS: '0',
        // Browser-only mode, as before the store: each test starts from an empty browser profile.
        // e2e/team-store.spec.ts runs its own server with the store and the collector.
        STORE: '0',
        // The fixture server is the only loopback target the proxy may reach in tests.
        PROXY_ALLOW_HOSTS: `127.0.0.1:${fixturePort}`,
        ALLOWED_PORTS: `80,443,${fixturePort}`,
      },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
})
