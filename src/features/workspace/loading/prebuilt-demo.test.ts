import { readFileSync, readdirSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { demoFeedAssets, demoFeedsPlugin } from '../../../../scripts/demo-feeds-plugin'
import { parseFeed } from '../../../core/parse/index'
import { DEMO_VENDORS } from '../model/demo-vendors'
import { fetchPrebuiltDemo, prebuiltDemoPath } from './prebuilt-demo'

/** The files the plugin adds to a production build, by file name. */
async function builtAssets(): Promise<Map<string, string>> {
  const emitted = new Map<string, string>()
  const emitFile = (file: { fileName: string; source: string }) =>
    emitted.set(file.fileName, file.source)
  const generateBundle = demoFeedsPlugin().generateBundle as unknown as (
    this: unknown,
  ) => Promise<void>
  await generateBundle.call({ emitFile })
  return emitted
}

const built = builtAssets()

describe('the demo parsed at build time', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('holds, for every demo source, exactly what parseFeed reads from its file in the browser', async () => {
    const assets = await built
    const paths = DEMO_VENDORS.flatMap((vendor) =>
      vendor.sources.flatMap((source) => (source.kind === 'demo' ? [source.path] : [])),
    )
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      const parsed = parseFeed(readFileSync(`public${path}`, 'utf8'), { location: path })
      if (!parsed.ok) throw new Error(parsed.error.message)
      const asset = assets.get(prebuiltDemoPath(path).slice(1))
      expect(asset, path).toBeDefined()
      expect(JSON.parse(asset ?? 'null'), path).toStrictEqual(parsed.feed)
    }
  })

  it('has one file per file of public/demo, the same in the dev server', async () => {
    const names = readdirSync('public/demo').map((name) => prebuiltDemoPath(`demo/${name}`))
    expect([...(await built).keys()].sort()).toEqual(names.sort())
    const served = await demoFeedAssets()
    for (const [name, json] of await built) expect(served.get(`/${name}`)).toBe(json)
  })

  it('is what the app reads for a demo source, and nothing when the build has none', async () => {
    const path = '/demo/maestra-history.rss'
    const asset = (await built).get(prebuiltDemoPath(path).slice(1)) ?? ''
    const fetch = vi.fn((url: string) =>
      Promise.resolve(
        url === prebuiltDemoPath(path) ? new Response(asset) : new Response('', { status: 404 }),
      ),
    )
    vi.stubGlobal('fetch', fetch)
    expect(await fetchPrebuiltDemo(path)).toStrictEqual(JSON.parse(asset))
    expect(await fetchPrebuiltDemo('/demo/missing.rss')).toBeNull()
  })

  it('gives way to an abort, as any fetch of a source does', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new DOMException('stopped', 'AbortError')))
    await expect(fetchPrebuiltDemo('/demo/maestra-history.rss')).rejects.toThrow('stopped')
  })
})
