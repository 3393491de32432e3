import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { allFeedFixtures, readFixture } from '../__fixtures__/fixtures'
import { HOSTILE_FEEDS } from '../__fixtures__/hostile-feeds'
import { SECURITY_PAYLOADS } from '../__fixtures__/security-corpus'
import { vouchWellFormed } from './well-formed'

const validatorAccepts = (text: string) => XMLValidator.validate(text) === true

// Never vouching for a text the validator refuses is the whole contract.
const vouchesOnlyForValid = (text: string) => {
  if (vouchWellFormed(text))
    expect([text.slice(0, 200), validatorAccepts(text)]).toEqual([text.slice(0, 200), true])
}

const xmlFixtures = allFeedFixtures().filter((path) => /\.(atom|rss|xml)$/.test(path))

const TOKENS = [
  '<a>',
  '</a>',
  '<b x="1">',
  '</b>',
  '<c/>',
  '<a/>',
  '< a>',
  '</ a>',
  '<a x=1>',
  '<a x>',
  '<a x="1"x="2">',
  '<a x="1" x="2">',
  "<a y='>'>",
  '<?xml version="1.0"?>',
  '<?pi x?>',
  '<?>',
  '<!-- c -->',
  '<!--',
  '-->',
  '<![CDATA[ <z> & ]]>',
  '<![CDATA[',
  ']]>',
  '<!DOCTYPE a>',
  '&',
  '&amp;',
  '&#12;',
  '&#x1F;',
  '&#;',
  '&#x;',
  '&abcdefghijklmnopqrstu;',
  '&bad',
  'text',
  ' ',
  '\n',
  '\t',
  '\r',
  '\u00a0',
  '\ufeff',
  '>',
  '"',
  "'",
  '/',
  '<a/ >',
  '</a/>',
  '<a\f>',
  '<__proto__>',
  '</__proto__>',
  '<x:y>',
  '</x:y>',
]

// Pieces that keep a document well-formed.
const CONTENT = [
  'text',
  ' ',
  '\n',
  '&amp;',
  '&#38;',
  '&#x26;',
  '&lt;p&gt;',
  '<a>x</a>',
  '<b y="1" z=\'2\'/>',
  '<c/>',
  '<![CDATA[ <p> & ]]>',
  '<!-- note -->',
  '<?pi data?>',
  '<d e = "a>b">t</d>',
  '<x:y>t</x:y>',
  'é',
]

describe('the fast well-formedness check vouches only for what the validator accepts', () => {
  it('vouches for every real XML sample and seed', () => {
    for (const path of xmlFixtures)
      expect([path, vouchWellFormed(readFixture(path))]).toEqual([path, true])
  })

  it('never vouches for a hostile feed of the security corpus that the validator refuses', () => {
    const texts = SECURITY_PAYLOADS.map((p) => p.text)
    for (const make of Object.values(HOSTILE_FEEDS)) vouchesOnlyForValid(make(texts))
  })

  it('never vouches for a refused document made of tags, references, quotes and markup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }), (tokens) =>
        vouchesOnlyForValid(tokens.join('')),
      ),
      { numRuns: 6000, seed: 20261203 },
    )
  })

  it('vouches only for valid documents among rooted ones with one token changed', () => {
    const inner = fc.array(fc.constantFrom(...CONTENT), { maxLength: 10 })
    let vouched = 0
    fc.assert(
      fc.property(inner, fc.nat(), fc.constantFrom(...TOKENS), (parts, at, token) => {
        const body = parts.join('')
        const valid = `<?xml version="1.0"?>\n<r a="1">${body}</r>\n`
        if (vouchWellFormed(valid)) vouched += 1
        vouchesOnlyForValid(valid)
        const i = at % valid.length
        vouchesOnlyForValid(valid.slice(0, i) + token + valid.slice(i))
      }),
      { numRuns: 4000, seed: 20261203 },
    )
    expect(vouched).toBeGreaterThan(3000)
  })

  it('never vouches for a refused mutation of a real feed', () => {
    const feeds = [
      readFixture('real/statuspage-history-github-2026-08-22.atom'),
      readFixture('seeds/maestra-status-history.rss'),
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...feeds),
        fc.nat(),
        fc.nat(300),
        fc.constantFrom(...TOKENS),
        (text, at, size, insert) => {
          const i = at % text.length
          vouchesOnlyForValid(
            text.slice(0, i) + insert + text.slice(i + (size % 3 === 0 ? size : 0)),
          )
        },
      ),
      { numRuns: 300, seed: 20261203 },
    )
  })
})
