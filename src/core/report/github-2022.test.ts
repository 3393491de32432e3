import { describe, expect, it } from 'vitest'
import { fixtureFiles, readFixture } from '../__fixtures__/fixtures'
import type { Incident } from '../model'
import { incidentKey, mergeSourceIncidents } from '../normalize/merge-sources'
import { parseFeed } from '../parse/index'
import { buildReport, mergeVendorSources, type ReportSource } from './build-report'

/** GitHub's 2022 history: 30 weekly captures of history.atom and its own JSON for 100 incidents. */
function load(path: string): ReportSource {
  const outcome = parseFeed(readFixture(path), { location: path })
  if (!outcome.ok) throw new Error(`${path}: ${outcome.error.message}`)
  return { location: path, feed: outcome.feed }
}

const captures = fixtureFiles('real/github-2022/captures').map(load)
const jsons = fixtureFiles('real/github-2022/incidents').map(load)
const stated = new Map(
  jsons.flatMap((s) => s.feed.incidents).map((i): [string, Incident] => [incidentKey(i), i]),
)

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000')

/** Share of GitHub's incidents whose impact and component set ours equal. */
function agreement(incidents: readonly Incident[]) {
  const ours = new Map(incidents.map((i) => [incidentKey(i), i]))
  let impact = 0
  let components = 0
  for (const [code, truth] of stated) {
    const mine = ours.get(code)
    if (mine?.impact === truth.impact) impact += 1
    if (mine && sameSet(mine.components, truth.components)) components += 1
  }
  return { impact: impact / stated.size, components: components / stated.size }
}

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

describe("GitHub's 2022 history against its own JSON", () => {
  it('holds 30 captures and GitHub’s JSON for 100 of their incidents', () => {
    expect(captures).toHaveLength(30)
    expect(stated.size).toBe(100)
  })

  it('infers impact and components from the captures alone for at least 85 % of incidents', () => {
    const incidents = mergeVendorSources(captures)
    const figures = agreement(incidents)
    console.log(
      `captures alone: impact agrees for ${(figures.impact * 100).toFixed(0)} %, components for ${(figures.components * 100).toFixed(0)} % of ${stated.size} incidents`,
    )
    expect(figures.impact).toBeGreaterThanOrEqual(0.85)
    expect(figures.components).toBeGreaterThanOrEqual(0.85)
    const withJson = new Set(stated.keys())
    const inferred = incidents.filter((i) => withJson.has(incidentKey(i)))
    expect(inferred.every((i) => i.impactInferred)).toBe(true)
  })

  it('agrees fully once the captures and the JSON are merged, stated facts winning', () => {
    const incidents = mergeVendorSources([...captures, ...jsons])
    const figures = agreement(incidents)
    console.log(
      `captures + JSON: impact agrees for ${(figures.impact * 100).toFixed(0)} %, components for ${(figures.components * 100).toFixed(0)} %`,
    )
    expect(figures).toEqual({ impact: 1, components: 1 })
    expect(
      incidents.filter((i) => stated.has(incidentKey(i))).every((i) => !i.impactInferred),
    ).toBe(true)
  })

  it('gives a byte-identical JSON report whatever order the captures are loaded in', () => {
    const json = (sources: readonly ReportSource[]) =>
      JSON.stringify(buildReport(sources, {}, { now: '2023-01-01T00:00:00Z' }))
    const forwards = json(captures)
    expect(json(captures.toReversed())).toBe(forwards)
    for (const seed of [1, 7, 42]) expect(json(shuffled(captures, seed))).toBe(forwards)
    const withJson = json([...captures, ...jsons])
    expect(json(shuffled([...jsons, ...captures], 3))).toBe(withJson)
  })

  it('merges the captures themselves to the same incidents in any order, by capture time', () => {
    const merge = (sources: readonly ReportSource[]) =>
      JSON.stringify(
        mergeSourceIncidents(
          sources.map((s) => s.feed.incidents),
          { capturedAt: sources.map((s) => s.feed.capturedAt) },
        ),
      )
    const forwards = merge(captures)
    expect(merge(captures.toReversed())).toBe(forwards)
    expect(merge(shuffled(captures, 11))).toBe(forwards)
  })

  it('ends `upcoming` for the maintenances a later capture shows in progress', () => {
    const merged = new Map(
      mergeVendorSources(captures.toReversed()).map((i) => [incidentKey(i), i]),
    )
    for (const [code, started] of [
      ['6w7lf30qkgqq', '2022-10-05T04:00:00Z'],
      ['lpslbfcw2czs', '2022-10-27T15:00:00Z'],
      ['3ktldkb3r6f8', '2022-11-04T03:00:00Z'],
    ]) {
      const maintenance = merged.get(code ?? '')
      expect(maintenance?.flags).not.toContain('upcoming')
      expect(maintenance?.start).toBe(started)
    }
  })
})
