import fc from 'fast-check'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { allFeedFixtures, readFixture } from '../__fixtures__/fixtures'
import { HOSTILE_FEEDS } from '../__fixtures__/hostile-feeds'
import { SECURITY_PAYLOADS } from '../__fixtures__/security-corpus'
import { parseXml, XML_OPTIONS } from './xml'

// The same options without raw bodies: what the parser built before bodies were kept raw.
const fullParser = new XMLParser(XML_OPTIONS)

function fullTree(text: string): unknown {
  try {
    return fullParser.parse(text.replace(/^\uFEFF/, ''), true)
  } catch {
    return 'refused'
  }
}

function bodyTree(text: string): unknown {
  try {
    return parseXml(text)
  } catch {
    return 'refused'
  }
}

// JSON text compares key order too, which textOf depends on (#text and #cdata in document order).
const same = (text: string) =>
  expect(JSON.stringify(bodyTree(text))).toBe(JSON.stringify(fullTree(text)))

const BODIES = [
  '',
  '   ',
  ' plain &amp; text ',
  '<![CDATA[ <p>raw</p> ]]>',
  '\n <![CDATA[]]>\u00a0',
  '<![CDATA[a]]><![CDATA[b]]>',
  '<![CDATA[a]]>]]>',
  '<![CDATA[x]]> tail',
  ' before <![CDATA[cdata]]> after ',
  'a <!-- note --> b',
  '<p>child</p> tail',
  '<description>nested</description>',
  '<content>inner <b>x</b></content> t',
  '<?pi x?> text',
  '&lt;p&gt;escaped&lt;/p&gt;',
  '<item>1</item><item>2</item>',
]

const xmlFixtures = allFeedFixtures().filter((path) => !path.endsWith('.json'))

describe('bodies kept raw parse to the same tree as the full parser', () => {
  it('gives the same tree for every real XML sample and seed', () => {
    for (const path of xmlFixtures) same(readFixture(path))
  })

  it('gives the same tree for every hostile XML feed of the security corpus', () => {
    const texts = SECURITY_PAYLOADS.map((p) => p.text)
    for (const make of Object.values(HOSTILE_FEEDS)) {
      const feed = make(texts)
      if (feed.trimStart().startsWith('<')) same(feed)
    }
  })

  it('gives the same tree for bodies with markup, CDATA, comments and attributes at any depth', () => {
    for (const body of BODIES) {
      same(
        `<rss><channel><description>${body}</description><item><description>${body}</description></item></channel></rss>`,
      )
      same(
        `<feed><entry><content type="html">${body}</content><summary>${body}</summary></entry></feed>`,
      )
      same(
        `<rss><channel><item><content:encoded a="1">${body}</content:encoded><x><summary>${body}</summary></x></item></channel></rss>`,
      )
      same(`<description>${body}</description>`)
    }
  })

  it('refuses a body nested past the depth limit as the full parser does', () => {
    const deep = '<a>'.repeat(70) + '</a>'.repeat(70)
    same(`<rss><channel><item><description>${deep}</description></item></channel></rss>`)
  })

  it('gives the same tree or the same refusal for mutated bodies', () => {
    const atom = readFixture('real/statuspage-history-github-2026-08-22.atom')
    const rss = readFixture('seeds/maestra-status-history.rss')
    const snippet = fc.constantFrom(
      '<',
      '>',
      '&',
      ']]>',
      '<![CDATA[',
      '</content>',
      '<b>',
      '<!--',
      '-->',
      '<?',
      '"',
    )
    fc.assert(
      fc.property(fc.constantFrom(atom, rss), fc.nat(), snippet, (text, at, insert) => {
        const i = at % text.length
        same(text.slice(0, i) + insert + text.slice(i))
      }),
      { numRuns: 150, seed: 20261203 },
    )
  })
})
