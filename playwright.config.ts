import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// Debian's Chromium when present; otherwise Playwright's own (`npx playwright install chromium`).
const systemChromium = '/usr/bin/chromium'
const port = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
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
  webServer: {
    command: `npm run build && node scripts/start.mjs`,
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port), HOST: '127.0.0.1', SKIP_BUILD: '1' },
    reuseExistingServer: false,
    timeout: 180_000,
  },
})
