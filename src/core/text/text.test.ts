import { describe, expect, it } from 'vitest'
import { decodeHtmlEntities, decodeXmlEntities } from './entities'
import { htmlToText, markdownToText, normalizeForComparison, tidyText } from './html-to-text'

describe('entity decoding', () => {
  it('decodes each layer exactly once', () => {
    expect(decodeXmlEntities('&amp;lt;b&amp;gt; &#039;x&#039;')).toBe("&lt;b&gt; 'x'")
    expect(decodeHtmlEntities('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;')
    expect(decodeHtmlEntities('&nbsp;&ndash;&rsquo;&eacute;')).toBe('\u00a0–’é')
  })

  it('leaves unknown names alone and never throws on out-of-range references', () => {
    expect(decodeHtmlEntities('&bogus; &#9999999; &#xFFFFFF; &#xD800;')).toBe(
      '&bogus; \ufffd \ufffd \ufffd',
    )
    expect(decodeXmlEntities('&nbsp;')).toBe('&nbsp;')
  })
})

describe('plain text of bodies', () => {
  it('turns HTML blocks into lines and drops tags', () => {
    expect(
      htmlToText(
        '<p>First &amp; <b>bold</b></p><p>Second<br>line</p><ul><li>a</li><li>b</li></ul>',
      ),
    ).toBe('First & bold\n\nSecond\nline\n\n• a\n• b')
  })

  it('drops script and style content entirely', () => {
    expect(htmlToText('ok<script>alert(1)</script><style>p{}</style>')).toBe('ok')
  })

  it('keeps an escaped tag as visible text', () => {
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>')
  })

  it('reduces Markdown to its words', () => {
    expect(
      markdownToText('**What happened**  \nWe \\- fixed [it](https://x.test "t").\n* one'),
    ).toBe('What happened\nWe - fixed it.\n• one')
  })

  it('compares straight and typographic apostrophes as equal', () => {
    expect(normalizeForComparison('We’re  done')).toBe(normalizeForComparison("We're done"))
  })
})

describe('plain text of hostile bodies', () => {
  it.each([
    ['<a', 50_000],
    ['<br', 50_000],
    ['<script', 20_000],
    ['<!--', 20_000],
    ['<!-- x --><script>', 10_000],
    // A ceiling far above linear time and far below the quadratic 8–29 s these inputs once took.
  ])('reduces "%s" × %i in linear time', (piece, times) => {
    const started = performance.now()
    htmlToText(piece.repeat(times))
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it.each([
    ['[', 100_000],
    ['**a', 50_000],
    ['![x](', 30_000],
  ])('reads Markdown "%s" × %i in linear time', (piece, times) => {
    const started = performance.now()
    markdownToText(piece.repeat(times))
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})

describe('tidying text', () => {
  it.each([
    ['  a  b  ', 'a b'],
    ['a \r\n b', 'a\nb'],
    ['a\r\rb', 'a\n\nb'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['a\u00a0\tb', 'a b'],
    ['\n\n a', 'a'],
    ['', ''],
  ])('tidies %j into %j', (input, output) => {
    expect(tidyText(input)).toBe(output)
  })
})

describe('the XML layer decodes exactly once', () => {
  it.each([
    ['&amp;lt;', '&lt;'],
    ['&#38;amp;', '&amp;'],
    ['&amp;#60;', '&#60;'],
    ['&#38;lt;', '&lt;'],
    ['&lt;p&gt; &quot;x&quot; &apos;y&apos; &#233; &#xE9;', '<p> "x" \'y\' é é'],
    ['&nbsp; &bogus;', '&nbsp; &bogus;'],
  ])('reads %j as %j', (input, output) => {
    expect(decodeXmlEntities(input)).toBe(output)
  })
})
