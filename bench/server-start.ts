import { spawn } from 'node:child_process'
import type { Benchmark } from './benchmark'
import { APP_DIST, buildApps } from './builds'
import { firstOk, startApp, stopChild } from './app-server'
import { compareAsyncPairs } from './measure'

const PORT = Number(process.env.E2E_PORT ?? 5181) + 10

// The baseline: a bare node:http server answering / with the same index.html from the same disk.
const BARE = `
const { createServer } = require('node:http')
const { readFileSync } = require('node:fs')
const html = readFileSync(process.env.DIST_DIR + '/index.html')
createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html))
  .listen(Number(process.env.PORT), '127.0.0.1')
`

async function bareStart(): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, ['-e', BARE], {
    stdio: 'ignore',
    env: { ...process.env, DIST_DIR: APP_DIST, PORT: String(PORT) },
  })
  try {
    return await firstOk(`http://127.0.0.1:${PORT}/`, started, child)
  } finally {
    await stopChild(child)
  }
}

async function appStart(): Promise<number> {
  const app = await startApp(PORT)
  await app.stop()
  return app.ms
}

export const serverStart: Benchmark = {
  id: 'start',
  title: '`npm start` to first 200',
  target: { op: '≤', value: 2.0, baseline: 'a bare node:http server' },
  async run() {
    buildApps()
    await appStart()
    await bareStart()
    return {
      cases: [
        await compareAsyncPairs(
          'node scripts/start.mjs, SKIP_BUILD=1',
          appStart,
          bareStart,
          8,
          'ms',
        ),
      ],
    }
  },
}
