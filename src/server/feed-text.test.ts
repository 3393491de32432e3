import { describe, expect, it } from 'vitest'
import { ProxyError } from './errors'
import { checkBodyType, decodeFeedText, isAllowedType } from './feed-text'

describe('isAllowedType', () => {
  it.each([
    'application/rss+xml',
    'application/atom+xml; charset=utf-8',
    'application/xml',
    'text/xml',
    'application/json',
    'application/feed+json',
    'application/vnd.api+json',
    'text/plain',
    '',
  ])('lets %j through to the body check', (type) => expect(isAllowedType(type, false)).toBe(true))

  it.each([
    'text/html',
    'application/xhtml+xml',
    'image/png',
    'application/octet-stream',
    'text/javascript',
    'image/svg+xml',
  ])('refuses %s', (type) => expect(isAllowedType(type, false)).toBe(false))

  it('allows HTML only for discovery', () => {
    expect(isAllowedType('text/html; charset=utf-8', true)).toBe(true)
  })
})

describe('checkBodyType', () => {
  it('needs an untyped body to look like XML or JSON', () => {
    expect(() =>
      checkBodyType(undefined, Buffer.from(' <?xml version="1.0"?><rss/>')),
    ).not.toThrow()
    expect(() => checkBodyType('', Buffer.from('{"page":{}}'))).not.toThrow()
    expect(() => checkBodyType('', Buffer.from('GIF89a'))).toThrow(ProxyError)
  })

  it('refuses binary text/plain', () => {
    expect(() => checkBodyType('text/plain', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toThrow(
      ProxyError,
    )
    expect(() => checkBodyType('text/plain', Buffer.from('Incident report'))).not.toThrow()
  })
})

describe('decodeFeedText', () => {
  const latin1 = Buffer.from(
    '<?xml version="1.0" encoding="ISO-8859-1"?><t>Caf\u00e9</t>',
    'latin1',
  )

  it('uses the header charset first, then the XML declaration, then UTF-8', () => {
    expect(decodeFeedText(latin1, 'text/xml; charset="iso-8859-1"')).toContain('Café')
    expect(decodeFeedText(latin1, 'text/xml')).toContain('Café')
    expect(decodeFeedText(Buffer.from('<t>Café</t>'), 'application/xml')).toBe('<t>Café</t>')
  })

  it('lets a byte order mark win and drops it', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<t>ü</t>', 'utf16le')])
    expect(decodeFeedText(utf16, 'text/xml; charset=iso-8859-1')).toBe('<t>ü</t>')
    expect(decodeFeedText(Buffer.from('\uFEFF<t/>'), 'text/xml')).toBe('<t/>')
  })

  it('replaces invalid UTF-8 and ignores unknown labels', () => {
    expect(decodeFeedText(Buffer.from([0x3c, 0xff, 0x3e]), 'text/xml')).toBe('<\uFFFD>')
    expect(decodeFeedText(Buffer.from('ok'), 'text/xml; charset=x-made-up')).toBe('ok')
  })
})
