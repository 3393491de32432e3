import { describe, expect, it } from 'vitest'
import { STATUS_PLATFORMS, VENDOR_CATALOGUE } from './catalogue'

describe('the vendor catalogue', () => {
  it('offers at least 40 vendors with unique names and https status pages', () => {
    expect(VENDOR_CATALOGUE.length).toBeGreaterThanOrEqual(40)
    expect(new Set(VENDOR_CATALOGUE.map((v) => v.name.toLowerCase())).size).toBe(
      VENDOR_CATALOGUE.length,
    )
    for (const vendor of VENDOR_CATALOGUE) {
      const url = new URL(vendor.statusPage)
      expect([url.protocol, url.pathname, STATUS_PLATFORMS.includes(vendor.platform)]).toEqual([
        'https:',
        '/',
        true,
      ])
    }
  })
})
