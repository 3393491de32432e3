import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allFeedFixtures, readFixture } from '../__fixtures__/fixtures'
import { parseFeed } from './index'
import { outcomeProblems } from './incident-invariants'

const SNIPPETS = [
  '<',
  '>',
  '&',
  '&amp;',
  ']]>',
  '<![CDATA[',
  '</item>',
  '"',
  '{',
  '}',
  '[',
  ',',
  '\u0000',
  '\ufffd',
  '&#9999999;',
]

// A mutation: truncate, delete a slice, duplicate a slice, or insert a hostile snippet.
const mutation = (length: number) =>
  fc.oneof(
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat(length) }),
    fc.record({
      op: fc.constant('delete' as const),
      at: fc.nat(length),
      size: fc.integer({ min: 1, max: 400 }),
    }),
    fc.record({
      op: fc.constant('duplicate' as const),
      at: fc.nat(length),
      size: fc.integer({ min: 1, max: 400 }),
    }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(length),
      snippet: fc.constantFrom(...SNIPPETS),
    }),
  )

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'delete' | 'duplicate'; at: number; size: number }
  | { op: 'insert'; at: number; snippet: string }

function apply(text: string, m: Mutation): string {
  switch (m.op) {
    case 'truncate':
      return text.slice(0, m.at)
    case 'delete':
      return text.slice(0, m.at) + text.slice(m.at + m.size)
    case 'duplicate':
      return (
        text.slice(0, m.at + m.size) + text.slice(m.at, m.at + m.size) + text.slice(m.at + m.size)
      )
    case 'insert':
      return text.slice(0, m.at) + m.snippet + text.slice(m.at)
  }
}

describe('the parser under mutated and truncated real feeds', () => {
  for (const path of allFeedFixtures()) {
    const text = readFixture(path)
    const runs = text.length > 500_000 ? 8 : 40

    it(`only ever returns incidents or a typed error for ${path}`, () => {
      fc.assert(
        fc.property(
          fc.array(mutation(text.length), { minLength: 1, maxLength: 3 }),
          (mutations) => {
            const mutated = mutations.reduce(apply, text)
            expect(outcomeProblems(parseFeed(mutated))).toEqual([])
            expect(({} as Record<string, unknown>).polluted).toBeUndefined()
          },
        ),
        { numRuns: runs, seed: 20261121 },
      )
    })
  }

  it('parses every unmutated sample and seed without an error', () => {
    for (const path of allFeedFixtures()) {
      const outcome = parseFeed(readFixture(path))
      expect(outcome.ok ? [] : [path, outcome.error]).toEqual([])
      expect(outcomeProblems(outcome)).toEqual([])
    }
  })
})
