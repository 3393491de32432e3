import { describe, expect, it } from 'vitest'
import { viewFromFixture } from './__fixtures__/demo-views'
import { demoNowMs } from './demo-now'

const CLOCK = Date.parse('2026-12-03T09:00:00Z')

describe("the demo workspace's now", () => {
  const github = viewFromFixture('GitHub', 'real/statuspage-history-github-2022-06-11.atom')
  const claude = viewFromFixture('Claude', 'real/statuspage-history-claude-2026-02-04.atom')

  it('is the latest capture time of its vendors, to the minute', () => {
    expect(new Date(demoNowMs([github], CLOCK) ?? 0).toISOString()).toBe(
      `${github.coverage?.to?.slice(0, 16)}:00.000Z`,
    )
    const both = demoNowMs([github, claude], CLOCK) ?? 0
    expect(both).toBe(Math.floor(Date.parse(claude.coverage?.to ?? '') / 60_000) * 60_000)
  })

  it('is the clock once any vendor is live, or before history is read', () => {
    const live = { ...claude, config: { ...claude.config, demo: false } }
    expect(demoNowMs([github, live], CLOCK)).toBeNull()
    expect(demoNowMs([{ ...github, historyReady: false, incidents: [] }], CLOCK)).toBeNull()
    expect(demoNowMs([], CLOCK)).toBeNull()
  })
})
