import { describe, expect, it } from 'vitest'
import { parseFeed } from './index'
import { outcomeProblems } from './incident-invariants'

const rssWith = (item: string) =>
  `<rss version="2.0"><channel><title>Acme Status</title>${item}</channel></rss>`
const item = (inner: string) =>
  `<item><guid>g1</guid><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>${inner}</item>`

function errorKind(text: string) {
  const outcome = parseFeed(text)
  return outcome.ok ? 'ok' : outcome.error.kind
}

describe('hostile XML (security.md X1–X13)', () => {
  it('refuses entity declarations before parsing: billion laughs, quadratic blowup, XXE', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "ha">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]><rss><channel><title>&l9;</title></channel></rss>`
    const xxe = `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>`
    expect(errorKind(laughs)).toBe('unsafe')
    expect(errorKind(xxe)).toBe('unsafe')
    expect(errorKind(`<!DOCTYPE a><!DOCTYPE b><rss/>`)).toBe('unsafe')
  })

  it('refuses documents nested deeper than feeds ever are', () => {
    expect(errorKind('<a>'.repeat(10_000) + '</a>'.repeat(10_000))).toBe('malformed')
  })

  it('survives a flood of numeric references and out-of-range ones', () => {
    const flood = parseFeed(
      rssWith(item(`<title>x</title><description>${'&#65;'.repeat(100_000)}</description>`)),
    )
    expect(flood.ok && flood.feed.incidents[0]?.updates[0]?.text.length).toBe(100_000)
    const outOfRange = parseFeed(rssWith(item('<title>&#9999999;&#xFFFFFF;</title>')))
    expect(outOfRange.ok && outOfRange.feed.incidents[0]?.title).toBe('\ufffd\ufffd')
  })

  it('never pollutes prototypes through element or attribute names', () => {
    const text = rssWith(
      item(
        '<__proto__><polluted>1</polluted></__proto__><constructor>x</constructor><title toString="x">t</title>',
      ),
    )
    const outcome = parseFeed(text)
    expect(outcomeProblems(outcome)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(errorKind(`<rss __proto__="x"><channel><title>t</title></channel></rss>`)).not.toBe(
      'throws',
    )
  })

  it('reports truncated and stray markup as malformed instead of throwing', () => {
    expect(errorKind('<rss><channel><item><title>cut')).toBe('malformed')
    expect(errorKind('<rss><channel></item></channel></rss>')).toBe('malformed')
    expect(errorKind('\uFEFF<rss><channel><title>ok</title></channel></rss>')).toBe('ok')
  })

  it('keeps escaped markup inert: text shows it, the raw body keeps it for the sanitizer', () => {
    const outcome = parseFeed(
      rssWith(
        item(
          '<title>t</title><description>&amp;lt;img src=x onerror=alert(1)&amp;gt;</description>',
        ),
      ),
    )
    const update = outcome.ok ? outcome.feed.incidents[0]?.updates[0] : undefined
    expect(update?.text).toBe('<img src=x onerror=alert(1)>')
    expect(update?.body).toBe('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('refuses a document over the size cap without parsing it', () => {
    const outcome = parseFeed(' '.repeat(17 * 1024 * 1024))
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'too_large', message: 'The feed is larger than 16 MiB.' },
    })
  })
})

describe('hostile JSON', () => {
  it('drops __proto__ keys instead of polluting', () => {
    parseFeed('{"__proto__":{"polluted":1},"items":[{"constructor":{"prototype":{"x":1}}}]}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('refuses deeply nested arrays with a typed error', () => {
    expect(errorKind('['.repeat(100_000) + ']'.repeat(100_000))).toBe('unsafe')
  })

  it('refuses a deeply nested text that is also broken as unsafe, not as malformed', () => {
    expect(errorKind('['.repeat(100_000))).toBe('unsafe')
  })

  it('drops prototype keys at any depth, inside arrays too', async () => {
    const { parseJsonSafely } = await import('./json')
    const parsed = parseJsonSafely('[{"a":[{"prototype":1,"constructor":2,"ok":3}]}]')
    expect(parsed).toEqual([{ a: [{ ok: 3 }] }])
  })

  it('reports broken JSON as malformed', () => {
    expect(errorKind('{"page": {"name": "x"')).toBe('malformed')
  })
})

describe('links from feeds', () => {
  it.each([
    'javascript:window.__pwned=1',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>1</script>',
    'vbscript:x',
    '/relative',
  ])('drops the item link %j instead of keeping it as the incident address', (link) => {
    const outcome = parseFeed(
      rssWith(item(`<title>t</title><link>${link.replace(/</g, '&lt;')}</link>`)),
    )
    expect(outcome.ok && outcome.feed.incidents[0]?.url).toBeNull()
  })

  it('keeps an http(s) link, trimmed', () => {
    const outcome = parseFeed(
      rssWith(item('<title>t</title><link>  https://ok.example/i/1  </link>')),
    )
    expect(outcome.ok && outcome.feed.incidents[0]?.url).toBe('https://ok.example/i/1')
  })
})

describe('prototype keys hidden behind escapes', () => {
  it('drops a __proto__ key spelled with \\u escapes', async () => {
    const { parseJsonSafely } = await import('./json')
    const parsed = parseJsonSafely('{"\\u005f_proto__":{"polluted":1},"ok":1}') as Record<
      string,
      unknown
    >
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false)
    expect(parsed.ok).toBe(1)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
