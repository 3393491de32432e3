import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFixture, type Fixture } from './test-support/fixture-upstream'
import { APP_HEADERS, get } from './test-support/network-guards'

const root = fileURLToPath(new URL('../..', import.meta.url))
let fixture: Fixture
let dist: string

beforeAll(async () => {
  fixture = await startFixture()
  dist = mkdtempSync(join(tmpdir(), 'vr-start-'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Vendor Reliability</title>')
})
afterAll(async () => {
  await fixture.close()
  rmSync(dist, { recursive: true, force: true })
})

/** `npm start`'s script with the build skipped, on an ephemeral port; resolves once it listens. */
async function startServer(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      SKIP_BUILD: '1',
      PORT: '0',
      HOST: '127.0.0.1',
      DIST_DIR: dist,
      PROXY_ALLOW_HOSTS: `127.0.0.1:${fixture.port}`,
      LOG_REQUESTS: '0',
      // The proxy alone: no embedded store written into the checkout's ./data.
      STORE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /"listening","url":"http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)
      if (match) resolve(Number(match[1]))
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', () => reject(new Error(`server exited early: ${output}`)))
  })
  return { child, port, exited, base: `http://127.0.0.1:${port}`, output: () => output }
}

const feedUrl = (base: string, path: string) =>
  `${base}/api/feed?url=${encodeURIComponent(fixture.url(path))}`
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function refusesConnections(base: string): Promise<boolean> {
  return get(`${base}/`, {}).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
  )
}

describe('npm start and graceful shutdown (L17)', () => {
  let server: Awaited<ReturnType<typeof startServer>> | undefined
  afterAll(() => server?.child.kill('SIGKILL'))

  it('serves the app and the API, then on SIGTERM refuses new connections, finishes in-flight work and exits 0', async () => {
    server = await startServer()
    expect((await get(`${server.base}/`, {})).text).toContain('Vendor Reliability')
    const inFlight = get(feedUrl(server.base, '/slow?ms=1200'))
    await wait(200)
    const signalledAt = Date.now()
    server.child.kill('SIGTERM')
    await wait(100)
    expect(await refusesConnections(server.base)).toBe(true)
    const response = await inFlight
    expect(response.status).toBe(200)
    expect(response.json().body).toContain('<rss')
    expect(await server.exited).toBe(0)
    expect(Date.now() - signalledAt).toBeLessThan(3_000)
  }, 15_000)

  it('closes idle keep-alive sockets at once instead of waiting for them', async () => {
    server = await startServer()
    const agent = new Agent({ keepAlive: true })
    await new Promise<void>((resolve, reject) => {
      const req = request(
        feedUrl(server!.base, '/feed.xml'),
        { agent, headers: APP_HEADERS },
        (res) => {
          res.resume()
          res.once('end', resolve)
        },
      )
      req.once('error', reject)
      req.end()
    })
    const signalledAt = Date.now()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(Date.now() - signalledAt).toBeLessThan(1_000)
    agent.destroy()
  }, 15_000)

  it('writes every batched request log line before it exits', async () => {
    server = await startServer({ LOG_REQUESTS: '1' })
    for (let index = 0; index < 3; index += 1) await get(feedUrl(server.base, '/feed.xml'))
    server.child.kill('SIGTERM') // usually inside the 50 ms batch, so the shutdown flush writes them
    expect(await server.exited).toBe(0)
    const lines = server
      .output()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.filter((line) => line.path === '/api/feed')).toHaveLength(3)
    expect(lines.at(-1)).toMatchObject({ message: 'shutting down' })
  }, 15_000)

  it('aborts what is still running at the grace deadline and exits 0 anyway', async () => {
    server = await startServer({ SHUTDOWN_GRACE_MS: '300', UPSTREAM_HEADERS_TIMEOUT_MS: '5000' })
    const stuck = get(feedUrl(server.base, '/slow-headers')).catch((error: Error) => error)
    await wait(200)
    const signalledAt = Date.now()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(Date.now() - signalledAt).toBeLessThan(1_500)
    expect(await stuck).toBeInstanceOf(Error)
  }, 15_000)
})
