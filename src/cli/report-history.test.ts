import { execFile } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { createSyntheticStatuspage } from '../../e2e/synthetic-statuspage.mjs'
import type { Report } from '../core/report/report-model'

const run = promisify(execFile)

describe('npm run report -- --history', () => {
  it('backfills a Statuspage page within the per-host limit, retrying a failed page', async () => {
    const site = createSyntheticStatuspage({ failOncePage: 2, slowPage: 3, slowMs: 800 })
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/synth`
      void site.handle(req, res, origin, url.pathname.replace(/^\/synth/, ''), url.search)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const env = {
        ...process.env,
        PROXY_ALLOW_HOSTS: `127.0.0.1:${port}`,
        ALLOWED_PORTS: String(port),
      }
      const { stdout, stderr } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli/report.ts',
          '--format',
          'json',
          '--history',
          '6',
          `http://127.0.0.1:${port}/synth`,
        ],
        { cwd: process.cwd(), env },
      )
      const vendor = (JSON.parse(stdout) as Report).vendors[0]
      const seen = site.report()
      expect(seen.maxInFlight).toBeLessThanOrEqual(2)
      const paths = seen.requests.map((r) => r.path)
      expect(paths.filter((p) => p.startsWith('/history.json'))).toEqual(
        [1, 2, 2, 3].map((n) => `/history.json?page=${n}`),
      )
      const incidentPaths = paths.filter((p) => p.startsWith('/api/v2/incidents/'))
      expect(new Set(incidentPaths).size).toBe(incidentPaths.length)
      expect(vendor?.name).toBe('Synthetic')
      // Pages 1–3 are nine calendar months; each incident in the last six months came in full.
      const spanFrom = Date.UTC(
        new Date().getUTCFullYear(),
        new Date().getUTCMonth() - 6,
        new Date().getUTCDate(),
      )
      const inSpan = site.incidents.filter((i) => i.end >= spanFrom)
      expect(incidentPaths).toHaveLength(inSpan.length)
      for (const expected of inSpan) {
        const got = vendor?.incidents.find((i) => i.id === expected.code)
        expect(got).toMatchObject({
          components: [expected.component.name],
          impactInferred: false,
          start: new Date(expected.start).toISOString().replace('.000Z', 'Z'),
        })
        expect(got?.updates).toHaveLength(2)
      }
      const first = new Date()
      first.setUTCMonth(first.getUTCMonth() - 8, 1)
      expect(vendor?.coverage.from?.slice(0, 7)).toBe(first.toISOString().slice(0, 7))
      expect(stderr).toMatch(/history pages 3\/3, incidents (\d+)\/\1\n$/)
    } finally {
      server.close()
    }
  }, 60_000)

  it('refuses a bad number of months as a usage error', async () => {
    const failure = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/report.ts', '--history', 'lots', 'https://status.example.com'],
      { cwd: process.cwd() },
    ).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 2 })
    expect((failure as { stderr: string }).stderr).toContain(
      '--history wants a number of months from 1 to 120, not "lots".',
    )
  })
})
