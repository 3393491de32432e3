import { describe, expect, it, vi } from 'vitest'
import { makeIncident, makeUpdate, makeVendorConfig } from './__fixtures__/archive-fixtures'
import { parseArchiveFile, readArchiveFile } from './parse-archive-file'

function archiveWith(overrides: Record<string, unknown> = {}) {
  return {
    format: 'vendor-reliability-archive',
    version: 1,
    exportedAt: '2026-03-01T12:00:00.000Z',
    vendors: [
      {
        config: makeVendorConfig('v', ['s']),
        sources: [
          {
            sourceId: 's',
            intervals: [{ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00.000Z' }],
            lastLoadedAt: '2026-02-01T00:00:00.000Z',
            format: 'statuspage-atom',
            vendorName: 'Acme',
            warningsCount: 0,
          },
        ],
        incidents: [
          {
            sourceId: 's',
            incident: makeIncident({ id: 'i', updates: [makeUpdate('2025-01-10T10:00:00.000Z')] }),
          },
        ],
      },
    ],
    ...overrides,
  }
}

function messageOf(input: string | Uint8Array) {
  const outcome = parseArchiveFile(input)
  return outcome.ok ? 'accepted' : outcome.message
}

describe('parseArchiveFile', () => {
  it('accepts a valid archive and normalizes its interval stamps', () => {
    const outcome = parseArchiveFile(JSON.stringify(archiveWith()))
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.archive.vendors[0]?.sources[0]?.intervals).toEqual([
      { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' },
    ])
  })

  it('refuses text that is not JSON or not an archive', () => {
    expect(messageOf('{"format": ')).toBe(
      'The file is not JSON. This file is not a Vendor Reliability archive; nothing was changed.',
    )
    expect(messageOf('{"items": []}')).toBe(
      'This file is not a Vendor Reliability archive; nothing was changed.',
    )
    expect(messageOf(JSON.stringify(archiveWith({ version: 0 })))).toContain('version is not one')
  })

  it('reads UTF-8 with a byte-order mark and UTF-16 in either byte order', () => {
    const json = JSON.stringify(archiveWith())
    const utf8 = new TextEncoder().encode(`\uFEFF${json}`)
    const utf16le = new Uint8Array(Buffer.from(`\uFEFF${json}`, 'utf16le'))
    const utf16be = new Uint8Array(utf16le.length)
    for (let i = 0; i < utf16le.length; i += 2) {
      utf16be[i] = utf16le[i + 1] ?? 0
      utf16be[i + 1] = utf16le[i] ?? 0
    }
    const withoutMark = new Uint8Array(Buffer.from(json, 'utf16le'))
    for (const bytes of [utf8, utf16le, utf16be, withoutMark])
      expect(messageOf(bytes)).toBe('accepted')
    expect(messageOf(`\uFEFF${json}`)).toBe('accepted')
  })

  it('refuses bytes that are not text', () => {
    expect(messageOf(new Uint8Array([0x7b, 0xff, 0xfe, 0xfd, 0x7d, 0x80]))).toBe(
      'The file is not UTF-8 or UTF-16 text; nothing was changed.',
    )
  })

  it('refuses files over the size limit, before reading a Blob', async () => {
    const json = JSON.stringify(archiveWith())
    expect(parseArchiveFile(json, 100)).toEqual({
      ok: false,
      message: 'The file is larger than 0 MB; nothing was changed.',
    })
    const big = new Blob(['x'])
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 + 1 })
    const read = vi.spyOn(big, 'arrayBuffer')
    expect(await readArchiveFile(big)).toEqual({
      ok: false,
      message: 'The file is larger than 50 MB; nothing was changed.',
    })
    expect(read).not.toHaveBeenCalled()
    expect(await readArchiveFile(new Blob([json]))).toMatchObject({ ok: true })
  })

  it('refuses more incidents than the limit before validating them', () => {
    const many = archiveWith()
    // Empty objects would each fail validation: only the count can produce this message.
    many.vendors[0]!.incidents = Array.from({ length: 200_001 }, () => ({}) as never)
    expect(messageOf(JSON.stringify(many))).toBe(
      'The archive holds 200001 incidents; the limit is 200000. Nothing was changed.',
    )
  })
})

describe('hostile archives', () => {
  it('never lets prototype keys through', () => {
    const text = JSON.stringify(archiveWith())
      .replace(
        '"format":',
        '"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"format":',
      )
      .replace('"slaTarget":', '"__proto__":{"polluted":2},"slaTarget":')
    const outcome = parseArchiveFile(text)
    expect(outcome.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    if (!outcome.ok) return
    expect(Object.hasOwn(outcome.archive, '__proto__')).toBe(false)
    expect(Object.hasOwn(outcome.archive.vendors[0]!.config, '__proto__')).toBe(false)
    expect(JSON.stringify(outcome.archive)).not.toMatch(/polluted|constructor/)
  })

  it('refuses javascript: and data: addresses in vendor sources', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'https://u:p@a.test/',
    ]) {
      const file = archiveWith()
      const config = file.vendors[0]!.config
      config.sources = [{ id: 's', kind: 'url', url }]
      expect(messageOf(JSON.stringify(file))).toMatch(
        /^The archive is not valid \(vendors\[0\]\.config\.sources\[0\]\.url: /,
      )
    }
  })

  it('refuses 10 000-character names and titles and unsafe incident links', () => {
    const longName = archiveWith()
    longName.vendors[0]!.config.name = 'x'.repeat(10_000)
    expect(messageOf(JSON.stringify(longName))).toContain('vendors[0].config.name')
    const longTitle = archiveWith()
    longTitle.vendors[0]!.incidents[0]!.incident.title = '<img src=x onerror=alert(1)>'.repeat(400)
    expect(messageOf(JSON.stringify(longTitle))).toContain('vendors[0].incidents[0].incident.title')
    const link = archiveWith()
    link.vendors[0]!.incidents[0]!.incident.url = 'javascript:alert(1)'
    expect(messageOf(JSON.stringify(link))).toContain(
      'Only http:// and https:// links are allowed.',
    )
  })

  it('refuses broken incidents, unknown sources and duplicates', () => {
    const badKind = archiveWith()
    ;(badKind.vendors[0]!.incidents[0]!.incident as { kind: string }).kind = 'outage'
    expect(messageOf(JSON.stringify(badKind))).toContain('incident.kind')
    const badTime = archiveWith()
    badTime.vendors[0]!.incidents[0]!.incident.start = 'yesterday'
    expect(messageOf(JSON.stringify(badTime))).toContain('incident.start')
    const reversed = archiveWith()
    reversed.vendors[0]!.incidents[0]!.incident.end = '2020-01-01T00:00:00.000Z'
    expect(messageOf(JSON.stringify(reversed))).toContain('ends after it starts')
    const stray = archiveWith()
    stray.vendors[0]!.incidents[0]!.sourceId = 'elsewhere'
    expect(messageOf(JSON.stringify(stray))).toContain('unknown source')
    const twice = archiveWith()
    twice.vendors.push(twice.vendors[0]!)
    expect(messageOf(JSON.stringify(twice))).toContain('Two vendors share an id.')
  })
})
