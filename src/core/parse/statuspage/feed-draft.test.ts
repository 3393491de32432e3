import { describe, expect, it } from 'vitest'
import { httpUrl, incidentCode, vendorFromFeedTitle } from './feed-draft'

describe('Statuspage feed metadata helpers', () => {
  it('takes the vendor from "<Name> Status - Incident History"', () => {
    expect(vendorFromFeedTitle('GitHub Status - Incident History')).toBe('GitHub')
    expect(vendorFromFeedTitle('Claude Status - Incident History')).toBe('Claude')
    expect(vendorFromFeedTitle('Atlassian Statuspage Status - Incident History')).toBe(
      'Atlassian Statuspage',
    )
    expect(vendorFromFeedTitle('Sauce Labs US West Data Center Status - Incident History')).toBe(
      'Sauce Labs US West Data Center',
    )
    expect(vendorFromFeedTitle('Acme')).toBe('Acme')
    expect(vendorFromFeedTitle('  ')).toBeNull()
  })

  it('reads a hostile title in linear time', () => {
    const started = performance.now()
    vendorFromFeedTitle(`a${' '.repeat(300_000)}b${' -'.repeat(100_000)}x`)
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('takes the incident code from the link, with or without a trailing slash or query', () => {
    expect(incidentCode('https://www.githubstatus.com/incidents/bhbcjn4n3jzp')).toBe('bhbcjn4n3jzp')
    expect(incidentCode('http://status.parse.com/incidents/lzf7mjchpy20/?u=1')).toBe('lzf7mjchpy20')
    expect(incidentCode('https://status.maestra.io/incident/cmpuoeigs03g2np29a4w5ywsa')).toBeNull()
  })

  it('keeps only http(s) addresses', () => {
    expect(httpUrl(' https://status.claude.com ')).toBe('https://status.claude.com')
    expect(httpUrl('javascript:alert(1)')).toBeNull()
    expect(httpUrl('data:text/html,x')).toBeNull()
    expect(httpUrl(null)).toBeNull()
  })
})
