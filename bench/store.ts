// `npm run bench:store` (also part of `npm run bench`): the store's SLA-table read against one plain
// SELECT of the same rows, and the collector's cost per poll cycle for 500 loopback sources.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Incident } from '../src/core/model'
import { computeVendorStats } from '../src/core/stats/index'
import type { VendorConfig } from '../src/features/workspace/settings/settings-schema'
import { createCollector } from '../src/server/collector/collector'
import { startFeedUpstream } from '../src/server/collector/test-support/feed-upstream'
import { resolveServerConfig } from '../src/server/config'
import { readIncidents } from '../src/server/store/archive-repo'
import { openPglite } from '../src/server/store/pglite-database'
import { openStore } from '../src/server/store/store'
import { incident, statuspageRss } from '../src/server/store/test-support/feeds'
import { fingerprint } from './measure'

const VENDORS = 500
const PER_VENDOR = 600 // 5 years at ~10 a month: 300 000 incidents
const FROM = '2025-01-01T00:00:00Z'
const TO = '2026-01-01T00:00:00Z'

function syntheticIncident(vendor: number, index: number, next: () => number): Incident {
  const start = Date.parse('2021-01-01T00:00:00Z') + Math.floor(next() * 5 * 365 * 86_400_000)
  const minutes = Math.floor(5 + next() * 240)
  const iso = (ms: number) => new Date(ms).toISOString()
  const levels = ['major_outage', 'partial_outage', 'degraded_performance', 'unknown'] as const
  return {
    id: `v${vendor}-i${index}`,
    aliases: [],
    vendor: `Vendor ${vendor}`,
    kind: 'incident',
    title: `Incident ${index}`,
    url: null,
    components: [`Component ${Math.floor(next() * 8)}`],
    componentsInferred: false,
    impact: levels[Math.floor(next() * levels.length)] ?? 'unknown',
    impactInferred: false,
    start: iso(start),
    end: iso(start + minutes * 60_000),
    durationMinutes: minutes,
    declaredDurationMinutes: null,
    timeline: { start: iso(start), end: iso(start + minutes * 60_000), durationMinutes: minutes },
    scheduledStart: null,
    scheduledEnd: null,
    updates: [
      {
        at: iso(start),
        status: 'Investigating',
        text: 'Looking into it.',
        body: 'Looking into it.',
        bodyFormat: 'text',
      },
    ],
    flags: [],
    format: 'statuspage-rss',
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

async function slaBenchmark(dir: string) {
  const db = await openPglite(join(dir, 'sla'))
  await openStore(db)
  let seed = 7
  const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32
  const loadStart = performance.now()
  for (let vendor = 0; vendor < VENDORS; vendor++) {
    const rows = Array.from({ length: PER_VENDOR }, (_, i) => {
      const item = syntheticIncident(vendor, i, next)
      return {
        vendor_id: `v${vendor}`,
        incident_key: item.id,
        incident: item,
        start_at: item.start,
        end_at: item.end,
        source_ids: ['s'],
        first_seen_at: item.start,
        updated_at: item.start,
      }
    })
    await db.query(
      'INSERT INTO incidents SELECT * FROM jsonb_populate_recordset(NULL::incidents, $1::jsonb)',
      [JSON.stringify(rows)],
    )
  }
  await db.query('ANALYZE incidents')
  console.log(
    `Loaded ${VENDORS * PER_VENDOR} incidents in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
  )

  // Ours: what the SLA table does — each vendor's incidents of the year through the store's query, then the core's stats.
  const slaTable = async () => {
    for (let vendor = 0; vendor < VENDORS; vendor++) {
      const incidents = await readIncidents(db, { vendorId: `v${vendor}`, from: FROM, to: TO })
      computeVendorStats(incidents, { from: FROM.slice(0, 10), to: TO.slice(0, 10), now: TO })
    }
  }
  const plain = () =>
    db.query('SELECT incident FROM incidents WHERE start_at < $1 AND end_at >= $2', [TO, FROM])
  await slaTable()
  await plain()
  const ratios: number[] = []
  const ours: number[] = []
  const base: number[] = []
  for (let pair = 0; pair < 6; pair++) {
    const a = pair % 2 === 0 ? await timed(slaTable) : 0
    const b = await timed(plain)
    const o = pair % 2 === 0 ? a : await timed(slaTable)
    ours.push(o)
    base.push(b)
    ratios.push(o / b)
  }
  const ratio = median(ratios)
  console.log(
    `S1 SLA table (${VENDORS} vendors, 1 year of 5): ratio ${ratio.toFixed(2)}, ours ${median(ours).toFixed(0)} ms vs plain SELECT ${median(base).toFixed(0)} ms over ${ratios.length} pairs; target ≤ 3.0 × plain SELECT: ${ratio <= 3 ? 'meets' : 'misses'}`,
  )
  await db.close()
}

async function collectorBenchmark(dir: string) {
  const upstream = await startFeedUpstream()
  const db = await openPglite(join(dir, 'collector'))
  const store = await openStore(db)
  const vendors: VendorConfig[] = Array.from({ length: 25 }, (_, v) => ({
    id: `v${v}`,
    name: `Vendor ${v}`,
    sources: Array.from({ length: 20 }, (_, s) => ({
      id: `s${s}`,
      kind: 'url' as const,
      url: upstream.url(`/v${v}/s${s}.rss`),
    })),
    slaTarget: 99.9,
    excludedComponents: [],
    demo: false,
    addedAt: '2026-01-01T00:00:00.000Z',
  }))
  const publishAll = (extra: number) => {
    for (const vendor of vendors) {
      for (const source of vendor.sources) {
        const items = Array.from({ length: 25 + extra }, (_, n) =>
          incident(
            `${vendor.id}${source.id}n${n}`,
            new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString(),
            45,
          ),
        )
        upstream.publish(`/${vendor.id}/${source.id}.rss`, statuspageRss(items))
      }
    }
  }
  publishAll(0)
  await store.saveWorkspace({ vendors, backfill: [] }, 0)
  let clock = Date.now() + 1_000
  const collector = createCollector({
    store: () => store,
    fetch: resolveServerConfig({ fetch: { allowHosts: [upstream.host] } }).fetch,
    intervalSeconds: 300,
    now: () => clock,
  })
  const cycle = async (label: string) => {
    const start = performance.now()
    const polled = await collector.runCycle()
    const ms = performance.now() - start
    console.log(
      `C ${label}: ${polled} sources in ${ms.toFixed(0)} ms (${(ms / polled).toFixed(1)} ms per source)`,
    )
    clock += 400_000
  }
  await cycle('first poll cycle, 500 new bodies (fetch, keep, parse, merge)')
  await cycle('unchanged cycle, 500 × 304 Not Modified')
  publishAll(1)
  await cycle('changed cycle, one new incident in each of 500 bodies')
  console.log(`  polls: ${JSON.stringify(collector.status().polls)}`)
  await db.close()
  await upstream.close()
}

console.log(`Machine: ${fingerprint()}`)
const dir = mkdtempSync(join(tmpdir(), 'vr-bench-store-'))
try {
  await slaBenchmark(dir)
  await collectorBenchmark(dir)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
