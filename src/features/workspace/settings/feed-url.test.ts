import { describe, expect, it } from 'vitest'
import { validateFeedUrl } from './feed-url'

describe('validateFeedUrl', () => {
  it('accepts http and https addresses and normalizes them', () => {
    expect(validateFeedUrl(' https://Status.Example.com/history.atom ')).toEqual({
      ok: true,
      url: 'https://status.example.com/history.atom',
    })
    expect(validateFeedUrl('http://status.example.com')).toEqual({
      ok: true,
      url: 'http://status.example.com/',
    })
  })

  it('gives a bare domain https://', () => {
    expect(validateFeedUrl('status.example.com/feed')).toEqual({
      ok: true,
      url: 'https://status.example.com/feed',
    })
  })

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:application/xml,<rss/>',
    'file:///etc/passwd',
    'ftp://example.com/feed',
    'blob:https://example.com/1',
    'ws://example.com/',
  ])('refuses the scheme of %s', (text) => {
    expect(validateFeedUrl(text)).toEqual({
      ok: false,
      message: 'Only http:// and https:// addresses can be used.',
    })
  })

  it('refuses tabs and newlines that the URL parser would drop', () => {
    expect(validateFeedUrl('java\tscript:alert(1)').ok).toBe(false)
    expect(validateFeedUrl('https://exa\nmple.com/').ok).toBe(false)
  })

  it('refuses credentials', () => {
    expect(validateFeedUrl('https://user:pw@example.com/feed')).toEqual({
      ok: false,
      message: 'Addresses with a user name or password are not allowed.',
    })
    expect(validateFeedUrl('http://a@127.0.0.1:80@vendor.test/').ok).toBe(false)
  })

  it('refuses empty, unparsable and over-long addresses', () => {
    expect(validateFeedUrl('   ').ok).toBe(false)
    expect(validateFeedUrl('https://exa mple.com').ok).toBe(false)
    expect(validateFeedUrl('http://[::1').ok).toBe(false)
    const long = `https://example.com/${'a'.repeat(2049 - 'https://example.com/'.length)}`
    expect(long).toHaveLength(2049)
    expect(validateFeedUrl(long)).toEqual({
      ok: false,
      message: 'The address is longer than 2048 characters.',
    })
    expect(validateFeedUrl(long.slice(0, 2048)).ok).toBe(true)
  })
})
