import { describe, expect, it } from 'vitest'
import { parseFeed } from './index'
import { findDeclaration } from './xml'

const feed = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Acme Status</title>${items}</channel></rss>`
const item = (guid: string, description: string) =>
  `<item><guid>${guid}</guid><title>Item ${guid}</title><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate><description>${description}</description></item>`

describe('DOCTYPE and ENTITY are refused only where they are declarations', () => {
  it('reads a feed whose item quotes a DOCTYPE and an ENTITY in CDATA, with every item kept', () => {
    const outcome = parseFeed(
      feed(
        item('a', '<![CDATA[<!DOCTYPE html><html><body>Error page</body></html>]]>') +
          item('b', '<![CDATA[Someone wrote <!ENTITY x "y"> here]]>') +
          item('c', 'plain'),
      ),
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.feed.incidents.map((i) => i.id).sort()).toEqual(['a', 'b', 'c'])
    const a = outcome.feed.incidents.find((i) => i.id === 'a')
    expect(a?.updates[0]?.body).toContain('<!DOCTYPE html>')
  })

  it('reads escaped declarations and ones inside comments as text', () => {
    const outcome = parseFeed(
      feed(item('a', '&lt;!DOCTYPE html&gt; was served') + '<!-- <!ENTITY x "y"> -->'),
    )
    expect(outcome.ok && outcome.feed.incidents[0]?.updates[0]?.text).toBe(
      '<!DOCTYPE html> was served',
    )
  })

  it('still refuses a DOCTYPE in the prolog, after a comment or a processing instruction', () => {
    const doctype = '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    for (const text of [
      doctype + feed(item('a', '&x;')),
      `<?xml version="1.0"?><!-- a comment -->${doctype}<rss><channel><title>t</title></channel></rss>`,
      `<!doctype rss><rss><channel><title>t</title></channel></rss>`,
    ]) {
      const outcome = parseFeed(text)
      expect(outcome.ok ? 'ok' : outcome.error.kind).toBe('unsafe')
    }
  })

  it('refuses a declaration standing as markup inside the document as malformed', () => {
    const outcome = parseFeed(feed(`<item><!DOCTYPE x [<!ENTITY a "b">]><title>&a;</title></item>`))
    expect(outcome.ok ? 'ok' : outcome.error.kind).toBe('malformed')
  })

  it('tells prolog from content from text', () => {
    expect(findDeclaration('<!DOCTYPE a><a/>')).toBe('prolog')
    expect(findDeclaration('<a><!ENTITY b "c"></a>')).toBe('content')
    expect(findDeclaration('<a><![CDATA[<!DOCTYPE b>]]></a>')).toBeNull()
    expect(findDeclaration('<?pi <!DOCTYPE b> ?><a/>')).toBeNull()
    expect(findDeclaration('<a><![CDATA[<!DOCTYPE b>')).toBeNull()
  })
})
