import { afterEach, describe, expect, it, vi } from 'vitest'
import { createVendorConfig, mergeVendorConfigs } from './vendor-config'
import type { VendorConfig } from './settings-schema'

const NOW = new Date('2026-03-01T12:00:00.000Z')

function vendor(id: string, sourceIds: string[] = []): VendorConfig {
  return {
    id,
    name: `Vendor ${id}`,
    sources: sourceIds.map((s) => ({ id: s, kind: 'url', url: `https://${s}.example.com/feed` })),
    slaTarget: 99.9,
    excludedComponents: [],
    demo: false,
    addedAt: NOW.toISOString(),
  }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('createVendorConfig', () => {
  it('gives the vendor and each source a crypto.randomUUID id and fills defaults', () => {
    const uuid = vi.spyOn(crypto, 'randomUUID')
    const random = vi.spyOn(Math, 'random')
    const outcome = createVendorConfig(
      {
        name: '  GitHub ',
        sources: [
          { kind: 'url', url: 'www.githubstatus.com/history.atom' },
          { kind: 'import', name: 'incidents.json' },
        ],
      },
      NOW,
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const { vendor: created } = outcome
    expect(uuid).toHaveBeenCalledTimes(3)
    expect(random).not.toHaveBeenCalled()
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(new Set([created.id, ...created.sources.map((s) => s.id)]).size).toBe(3)
    expect(created).toMatchObject({
      name: 'GitHub',
      slaTarget: 99.9,
      excludedComponents: [],
      demo: false,
      addedAt: NOW.toISOString(),
      sources: [
        { kind: 'url', url: 'https://www.githubstatus.com/history.atom' },
        { kind: 'import', name: 'incidents.json', importedAt: NOW.toISOString() },
      ],
    })
  })

  it('refuses unsafe addresses, bad targets and long names with a message', () => {
    const unsafe = createVendorConfig({
      name: 'X',
      sources: [{ kind: 'url', url: 'javascript:1' }],
    })
    expect(unsafe).toEqual({
      ok: false,
      message: 'sources.0.url: Only http:// and https:// addresses can be used.',
    })
    expect(createVendorConfig({ name: 'X', sources: [], slaTarget: 49 }).ok).toBe(false)
    expect(createVendorConfig({ name: 'x'.repeat(121), sources: [] }).ok).toBe(false)
    expect(
      createVendorConfig({ name: 'X', sources: [{ kind: 'demo', path: '/api/feed' }] }).ok,
    ).toBe(false)
  })
})

describe('mergeVendorConfigs', () => {
  it('appends new vendors and adds only missing sources to known ones', () => {
    const current = [{ ...vendor('a', ['s1']), name: 'Renamed', slaTarget: 99 }]
    const outcome = mergeVendorConfigs(current, [vendor('a', ['s1', 's2']), vendor('b')])
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.vendors.map((v) => v.id)).toEqual(['a', 'b'])
    expect(outcome.vendors[0]).toMatchObject({ name: 'Renamed', slaTarget: 99 })
    expect(outcome.vendors[0]?.sources.map((s) => s.id)).toEqual(['s1', 's2'])
  })

  it('refuses to pass the vendor and source limits', () => {
    const many = Array.from({ length: 200 }, (_, i) => vendor(`v${i}`))
    expect(mergeVendorConfigs(many, [vendor('extra')])).toEqual({
      ok: false,
      message: 'This would make 201 vendors; the limit is 200.',
    })
    const full = vendor(
      'a',
      Array.from({ length: 20 }, (_, i) => `s${i}`),
    )
    expect(mergeVendorConfigs([full], [vendor('a', ['new'])]).ok).toBe(false)
  })
})
