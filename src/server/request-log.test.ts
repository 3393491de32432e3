import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { annotate, logRequest } from './request-log'

let server: Server | undefined
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

/** Serves one request with `times` as the clock; resolves with the log line it wrote. */
async function logOf(path: string, times: number[]) {
  const logged = new Promise<Record<string, unknown>>((resolve) => {
    server = createServer((req, res) => {
      const clock = [...times]
      logRequest(
        req,
        res,
        (entry) => resolve(entry),
        () => clock.shift() ?? NaN,
      )
      annotate(res, 'target', 'status.example.com')
      annotate(res, 'cache', 'MISS')
      annotate(res, 'cache', 'HIT')
      res.setHeader('Content-Length', 2)
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const { port } = server?.address() as AddressInfo
  await (await fetch(`http://127.0.0.1:${port}${path}`)).text()
  return logged
}

describe('logRequest', () => {
  it('writes one line with the path (no query), status, bytes and the annotated fields', async () => {
    const started = Date.UTC(2026, 1, 4, 12, 0, 0, 7)
    expect(await logOf('/api/feed?url=secret', [started, started + 12])).toEqual({
      time: '2026-02-04T12:00:00.007Z',
      method: 'GET',
      path: '/api/feed',
      status: 200,
      ms: 12,
      bytes: 2,
      completed: true,
      target: 'status.example.com',
      cache: 'HIT',
    })
  })

  it.each([0, 999, 1_000, -1, 1.9, Date.UTC(2026, 11, 31, 23, 59, 59, 999)])(
    'formats the start time %d exactly as toISOString does',
    async (started) => {
      const line = await logOf('/', [started, started])
      expect(line.time).toBe(new Date(started).toISOString())
    },
  )
})
