import { describe, expect, it } from 'vitest'
import type { Incident } from '../../../core/model'
import { VENDOR_CATALOGUE } from './catalogue'
import type { VendorConfig } from '../../workspace/settings/settings-schema'
import { archiveFileName } from './archive-filename'
import { findAddedVendor, indexAddedVendors, searchCatalogue } from './catalogue-search'
import { knownComponents, parseComponentList } from './component-names'
import { summarizeCoverage } from './coverage-words'
import { MAX_IMPORT_BYTES, checkImportFile } from './import-file-check'

const vendor = (name: string, urls: string[]): VendorConfig => ({
  id: name,
  name,
  sources: urls.map((url, i) => ({ id: `${name}-${i}`, kind: 'url', url })),
  slaTarget: 99.9,
  excludedComponents: [],
  demo: false,
  addedAt: '2026-01-01T00:00:00.000Z',
})

describe('the catalogue search', () => {
  it('matches name, address and platform, ignoring case and spaces around', () => {
    expect(searchCatalogue(VENDOR_CATALOGUE, '  GITHUB ').map((v) => v.name)).toEqual(['GitHub'])
    expect(searchCatalogue(VENDOR_CATALOGUE, 'statusio').map((v) => v.name)).toEqual([
      'GitLab',
      'Docker',
    ])
    expect(searchCatalogue(VENDOR_CATALOGUE, 'Status.io')).toHaveLength(2)
    expect(searchCatalogue(VENDOR_CATALOGUE, 'incident.io').map((v) => v.name)).toContain('Linear')
    expect(searchCatalogue(VENDOR_CATALOGUE, '').length).toBe(VENDOR_CATALOGUE.length)
    expect(searchCatalogue(VENDOR_CATALOGUE, 'no such vendor')).toEqual([])
  })

  it('knows an entry is added by its name or by a source on its host', () => {
    const github = VENDOR_CATALOGUE.find((v) => v.name === 'GitHub')!
    expect(findAddedVendor(github, indexAddedVendors([vendor('github', [])]))?.id).toBe('github')
    const byHost = [vendor('Our Git host', ['https://githubstatus.com/history.atom'])]
    expect(findAddedVendor(github, indexAddedVendors(byHost))?.id).toBe('Our Git host')
    expect(
      findAddedVendor(
        github,
        indexAddedVendors([vendor('GitLab', ['https://status.gitlab.com/'])]),
      ),
    ).toBe(undefined)
  })
})

describe('component names', () => {
  it('splits a typed list by commas, semicolons and lines, once each', () => {
    expect(parseComponentList('API, Webhooks\n\nAPI ; Git Operations ,')).toEqual([
      'API',
      'Webhooks',
      'Git Operations',
    ])
    expect(parseComponentList('x'.repeat(301))).toEqual([])
  })

  it("lists the components of a vendor's incidents and its current exclusions, sorted", () => {
    const incidents = [{ components: ['Pages', 'API'] }, { components: ['API'] }] as Incident[]
    expect(knownComponents(incidents, ['Legacy'])).toEqual(['API', 'Legacy', 'Pages'])
  })
})

describe('the archive file name', () => {
  it('carries the UTC day, and the vendor when one is exported', () => {
    const at = new Date('2026-11-21T23:30:00-02:00')
    expect(archiveFileName(at)).toBe('vendor-reliability-archive-2026-11-22.json')
    expect(archiveFileName(at, 'Sauce Labs / EU')).toBe(
      'vendor-reliability-archive-sauce-labs-eu-2026-11-22.json',
    )
  })
})

describe('import file checks', () => {
  it('refuses files over 16 MiB and empty ones, before reading them', () => {
    expect(checkImportFile({ name: 'a.rss', size: MAX_IMPORT_BYTES })).toEqual({ ok: true })
    const big = checkImportFile({ name: 'big.json', size: MAX_IMPORT_BYTES + 1 })
    expect(big.ok ? '' : big.message).toMatch(/big\.json is 16\.0 MiB; files over 16 MiB/)
    expect(checkImportFile({ name: 'e.txt', size: 0 }).ok).toBe(false)
  })
})

describe('the coverage summary', () => {
  it('gives the span in days and each gap to the minute', () => {
    expect(
      summarizeCoverage({
        from: '2026-05-01T10:00:00.000Z',
        to: '2026-08-22T12:00:00.000Z',
        gaps: [{ from: '2026-06-01T00:00:00.000Z', to: '2026-06-03T06:30:00.000Z' }],
      }),
    ).toEqual({
      span: '2026-05-01 to 2026-08-22 (UTC)',
      gaps: [
        {
          from: '2026-06-01T00:00:00.000Z',
          to: '2026-06-03T06:30:00.000Z',
          label: '2026-06-01 00:00 to 2026-06-03 06:30 UTC',
        },
      ],
    })
    expect(summarizeCoverage(null)).toEqual({ span: null, gaps: [] })
    expect(summarizeCoverage({ from: null, to: null, gaps: [] }).span).toBe(null)
  })
})
