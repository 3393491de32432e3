import { describe, expect, it } from 'vitest'
import { suggestVendorName } from './vendor-name'

describe('the suggested vendor name', () => {
  it('uses the catalogue name for a known status page, with or without www', () => {
    expect(suggestVendorName('https://githubstatus.com/')).toBe('GitHub')
    expect(suggestVendorName('https://status.cloud.google.com/incidents')).toBe('Google Cloud')
  })

  it("takes the feed's title without the feed words", () => {
    expect(suggestVendorName('http://127.0.0.1:4174/acme', 'Acme Status History')).toBe('Acme')
    expect(suggestVendorName('https://x.example', 'Foo Bar Status - Incident History')).toBe(
      'Foo Bar',
    )
  })

  it("falls back to the address's distinctive label", () => {
    expect(suggestVendorName('https://status.acme.com/')).toBe('Acme')
    expect(suggestVendorName('https://widgetstatus.io/')).toBe('Widget')
    expect(suggestVendorName('https://gizmo-status.com/')).toBe('Gizmo')
    expect(suggestVendorName('http://127.0.0.1:4174/acme')).toBe('Acme')
    expect(suggestVendorName('http://localhost:8080/')).toBe('localhost')
  })

  it('returns nothing usable for text that is not an address and has no title', () => {
    expect(suggestVendorName('not a url')).toBe('')
  })
})
