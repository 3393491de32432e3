import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tidyText } from './html-to-text'

/** tidyText as it was before its fast path: four passes and a trim, every text. */
const fourPasses = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

// Texts made of the characters the passes treat differently, so every edge case is likely.
const spaced = fc
  .array(
    fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\r\n', '\u00a0', '\f', '\v', '\u3000', 'a', 'b'),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''))

describe('tidyText', () => {
  it('gives the same text as the four plain passes for any mix of blanks and line breaks', () => {
    fc.assert(
      fc.property(spaced, (text) => {
        expect(tidyText(text)).toBe(fourPasses(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('returns a text that is already tidy unchanged, and tidying twice changes nothing', () => {
    fc.assert(
      fc.property(spaced, (text) => {
        const once = tidyText(text)
        expect(tidyText(once)).toBe(once)
      }),
    )
    expect(tidyText('Resolved.\nAll good.')).toBe('Resolved.\nAll good.')
  })
})
