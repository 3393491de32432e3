import { describe, expect, it } from 'vitest'
import { createSyntheticStatuspage } from '../../../e2e/synthetic-statuspage.mjs'
import type { ParsedFeed } from '../model'
import { parseFeed } from '../parse/index'
import { createBackfill, type BackfillState } from './plan'
import { isBackfillComplete } from './queue'
import { runBackfill, type BackfillDeps } from './run'
import { codesStoredInFull } from './stored'

const NOW = '2026-12-03T09:00:00.000Z'
const BASE = 'http://127.0.0.1:9/synth'
const FAST = { concurrency: 2, pageDelayMs: 0, attempts: 3, retryDelayMs: 0, requestIntervalMs: 0 }

/** Deps over the synthetic page, counting what was asked and how much at once. */
function harness(
  options: { abortAfter?: number; stored?: ParsedFeed['incidents']; down?: string } = {},
) {
  const site = createSyntheticStatuspage({ now: Date.parse(NOW), failOncePage: 2, slowPage: 3 })
  const requested: string[] = []
  const stored: ParsedFeed['incidents'] = [...(options.stored ?? [])]
  const saved: BackfillState[] = []
  const controller = new AbortController()
  let inFlight = 0
  let maxInFlight = 0
  const deps: BackfillDeps = {
    async fetchText(url) {
      requested.push(url.slice(BASE.length))
      if (options.abortAfter !== undefined && requested.length > options.abortAfter)
        controller.abort()
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      const parsed = new URL(url)
      const path = parsed.pathname.slice('/synth'.length)
      const reply =
        options.down && `${path}${parsed.search}`.startsWith(options.down)
          ? { status: 503, body: '', delayMs: 0 }
          : site.answer(BASE, path, parsed.search)
      await new Promise((resolve) => setTimeout(resolve, reply.delayMs ? 20 : 1))
      inFlight--
      if (controller.signal.aborted)
        throw Object.assign(new Error('aborted'), { name: 'AbortError' })
      if (reply.status !== 200) throw new Error(`status ${reply.status}`)
      return { body: reply.body, fetchedAt: NOW }
    },
    parse: (text, location) => parseFeed(text, { location }),
    async store(feed) {
      stored.push(...feed.incidents)
    },
    storedInFull: async () => codesStoredInFull(stored),
    save: (state) => void saved.push(state),
    sleep: async () => undefined,
    now: () => NOW,
  }
  return { site, deps, requested, stored, saved, controller, peak: () => maxInFlight }
}

describe('running a backfill', () => {
  it('fetches each page once more after a failure, then every incident in the span once', async () => {
    const h = harness()
    const state = await runBackfill(
      createBackfill(BASE, 12, NOW),
      h.deps,
      h.controller.signal,
      FAST,
    )
    const pages = h.requested.filter((p) => p.startsWith('/history.json'))
    expect(pages).toEqual([1, 2, 2, 3, 4, 5].map((n) => `/history.json?page=${n}`))
    const incidents = h.requested.filter((p) => p.startsWith('/api/v2/incidents/'))
    expect(new Set(incidents).size).toBe(incidents.length)
    const inSpan = h.site.incidents.filter((i) => i.end >= Date.parse(state.spanFrom))
    expect(incidents).toHaveLength(inSpan.length)
    expect(isBackfillComplete(state)).toBe(true)
    expect(h.peak()).toBeLessThanOrEqual(2)
    expect(h.peak()).toBe(2)
    expect(state.coveredFrom).toBe('2025-10-01T00:00:00Z')
  })

  it('skips incidents already stored in full', async () => {
    const first = harness()
    await runBackfill(createBackfill(BASE, 3, NOW), first.deps, first.controller.signal, FAST)
    const full = first.stored.filter((i) => i.updates.length > 0)
    expect(full.length).toBeGreaterThan(0)
    const second = harness({ stored: full })
    const state = await runBackfill(
      createBackfill(BASE, 3, NOW),
      second.deps,
      second.controller.signal,
      FAST,
    )
    expect(second.requested.filter((p) => p.startsWith('/api/v2/incidents/'))).toEqual([])
    expect(state.fetched).toHaveLength(full.length)
  })

  it('stops on cancel with its progress saved, and a resume fetches only what is left', async () => {
    const h = harness({ abortAfter: 9 })
    await expect(
      runBackfill(createBackfill(BASE, 12, NOW), h.deps, h.controller.signal, FAST),
    ).rejects.toMatchObject({ name: 'AbortError' })
    const stopped = h.saved.at(-1)
    if (!stopped) throw new Error('nothing was saved')
    expect(isBackfillComplete(stopped)).toBe(false)
    const resumed = harness({ stored: h.stored })
    const state = await runBackfill(stopped, resumed.deps, resumed.controller.signal, FAST)
    expect(isBackfillComplete(state)).toBe(true)
    const before = new Set(h.requested.filter((p) => p.startsWith('/api/v2/incidents/')))
    const fetchedAgain = resumed.requested.filter(
      (p) => p.startsWith('/api/v2/incidents/') && before.has(p),
    )
    // Only a request in flight at the moment of the cancel can be asked again.
    expect(fetchedAgain.length).toBeLessThanOrEqual(2)
  })

  it('stops at a page that keeps failing, keeping the pages before it; an incident that keeps failing is set aside', async () => {
    const h = harness({ down: '/history.json?page=3' })
    await expect(
      runBackfill(createBackfill(BASE, 12, NOW), h.deps, h.controller.signal, FAST),
    ).rejects.toThrow('History page 3 could not be fetched: status 503')
    expect(h.requested.filter((p) => p === '/history.json?page=3')).toHaveLength(3)
    expect(h.saved.at(-1)).toMatchObject({ pagesFetched: 2, historyDone: false })

    const code = h.site.incidents[5]?.code ?? ''
    const flaky = harness({ down: `/api/v2/incidents/${code}.json` })
    const state = await runBackfill(
      createBackfill(BASE, 12, NOW),
      flaky.deps,
      flaky.controller.signal,
      FAST,
    )
    expect(state.failed).toEqual([code])
    expect(isBackfillComplete(state)).toBe(false)
  })
})
