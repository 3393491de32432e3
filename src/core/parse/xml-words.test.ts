import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mayHoldWord, textOf } from './xml'

const PIECES = [
  'Type:',
  'type',
  'TYPE:',
  'T',
  'ype',
  ':',
  '&#58;',
  '&#x54;',
  '&lt;',
  '&amp;',
  '&quot;',
  ' ',
  '\n',
  'x',
]

describe('mayHoldWord', () => {
  it('rules out only texts whose decoded text cannot hold the word', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (pieces) => {
        const raw = pieces.join('')
        if (!mayHoldWord(raw, /type:/i)) expect(/type:/i.test(textOf(raw))).toBe(false)
      }),
      { numRuns: 20_000 },
    )
  })

  it('keeps any element that is not a raw string, and a text a numeric reference could spell it in', () => {
    expect(mayHoldWord({ '#cdata': 'x' }, /type:/i)).toBe(true)
    expect(mayHoldWord('&#84;ype: Incident', /type:/i)).toBe(true)
    expect(mayHoldWord('Resolved - all good', /type:/i)).toBe(false)
  })
})
