import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allFeedFixtures, readFixture } from '../__fixtures__/fixtures'
import { buildReport } from '../report/build-report'
import { outcomeProblems } from './incident-invariants'
import { parseFeed } from './index'

type Part = 'year' | 'month' | 'day' | 'epoch'
interface DateText {
  at: [number, number]
  parts: Partial<Record<Part, [number, number]>>
}

const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const VAR_DATE = `(?:<|&lt;)var data-var=(?:'|&apos;|&#39;)date(?:'|&apos;|&#39;)(?:>|&gt;)\\s*`
// ISO instants, RFC 822 dates, year-less or dated update stamps ("Mar 16, 05:00", "Mar 16, 2026").
const PATTERNS: [RegExp, Part[]][] = [
  [/(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/dg, ['year', 'month', 'day']],
  [new RegExp(`(\\d{1,2}) ${MONTH} (\\d{4})`, 'dg'), ['day', 'month', 'year']],
  [new RegExp(`${MONTH}[a-z]* (\\d{1,2}),? (\\d{4}|\\d{1,2}:)`, 'dg'), ['month', 'day', 'year']],
  // Statuspage's <small>Feb <var data-var='date'> 3</var>, escaped or not; AWS epoch seconds.
  [new RegExp(`${MONTH} ${VAR_DATE}(\\d{1,2})`, 'dg'), ['month', 'day']],
  [/"date": ?"(\d{10})"/dg, ['epoch']],
]

function datesIn(text: string): DateText[] {
  return PATTERNS.flatMap(([pattern, names]) =>
    [...text.matchAll(pattern)].map((match) => {
      const parts: DateText['parts'] = {}
      names.forEach((name, i) => {
        const span = match.indices?.[i + 1]
        if (span && /^\d+$|^[A-Z]/.test(match[i + 1] ?? '')) parts[name] = span
      })
      return { at: match.indices?.[0] ?? [0, 0], parts }
    }),
  )
}

const VALUES: Record<Part, string[]> = {
  year: ['0000', '1899', '1989', '1990', '2023', '2024', '2100', '2101', '9999', '10000'],
  month: ['00', '02', '13', 'Feb'],
  day: ['00', '0', '29', '30', '31', '32', '99'],
  epoch: ['0', '631151999', '4133980800', '99999999999'],
}

type Mutation =
  | { op: 'set'; part: Part; pick: number; value: number }
  | { op: 'swap' | 'copy'; pick: number; other: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    part: fc.constantFrom<Part>('year', 'month', 'day', 'epoch'),
    pick: fc.nat(),
    value: fc.nat(),
  }),
  fc.record({
    op: fc.constantFrom('swap' as const, 'copy' as const),
    pick: fc.nat(),
    other: fc.nat(),
  }),
)

const replace = (text: string, [from, to]: [number, number], value: string) =>
  text.slice(0, from) + value + text.slice(to)

function apply(text: string, m: Mutation): string {
  const dates = datesIn(text)
  const a = dates[m.pick % Math.max(1, dates.length)]
  if (!a) return text
  if (m.op === 'set') {
    const span = a.parts[m.part]
    const values = VALUES[m.part].filter(
      (v) => /^\d/.test(v) === /^\d/.test(text.slice(...(span ?? [0, 0]))),
    )
    const value = values[m.value % Math.max(1, values.length)]
    return span && value !== undefined ? replace(text, span, value) : text
  }
  const b = dates[m.other % dates.length]
  if (!b || b.at[0] === a.at[0]) return text
  const [first, second] = a.at[0] < b.at[0] ? [a, b] : [b, a]
  if (first.at[1] > second.at[0]) return text
  const [x, y] = [text.slice(...first.at), text.slice(...second.at)]
  // Swapping two dates (a start and its end); copying one over another (an end before its start).
  const [newFirst, newSecond] = m.op === 'swap' ? [y, x] : a === first ? [x, x] : [y, y]
  return replace(replace(text, second.at, newSecond), first.at, newFirst)
}

/** A day that exists, from 1990 to 2101 (a period may end the day after 2100-12-31). */
function realDay(day: string): boolean {
  const ms = Date.parse(`${day}T00:00:00Z`)
  const year = Number(day.slice(0, 4))
  return year >= 1990 && year <= 2101 && Number.isFinite(ms) && toDay(ms) === day
}
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

// The date forms a report writes: instants, days, day/day periods, months and quarters.
const REPORT_DATES: [RegExp, (m: RegExpExecArray) => boolean][] = [
  [
    /^(\S{10})T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/,
    (m) => realDay(m[1] ?? '') && !isNaN(Date.parse(m[0])),
  ],
  [/^(\d{4}-\d{2}-\d{2})$/, (m) => realDay(m[1] ?? '')],
  [/^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/, (m) => realDay(m[1] ?? '') && realDay(m[2] ?? '')],
  [/^\d{4}-(0[1-9]|1[0-2])$/, (m) => realDay(`${m[0]}-01`)],
  [/^(\d{4})-Q[1-4]$/, (m) => realDay(`${m[1]}-01-01`)],
]

/** Paths of the report whose text looks like a date but is none of REPORT_DATES. */
function badDates(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => badDates(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => badDates(v, `${path}.${k}`))
  if (typeof value !== 'string' || !/^[+-]?\d{4,}-\d/.test(value)) return []
  const ok = REPORT_DATES.some(([form, check]) => {
    const match = form.exec(value)
    return match !== null && check(match)
  })
  return ok ? [] : [`${path}: ${value}`]
}

describe('the model under mutated dates of every real sample and seed', () => {
  for (const path of allFeedFixtures()) {
    const text = readFixture(path)
    const runs = text.length > 500_000 ? 3 : text.length > 50_000 ? 6 : 12

    it(`keeps its invariants and a report with real dates for ${path}`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 2, maxLength: 10 }), (mutations) => {
          const outcome = parseFeed(mutations.reduce(apply, text))
          expect(outcomeProblems(outcome)).toEqual([])
          if (!outcome.ok) return
          const now = '2026-12-01T00:00:00Z'
          const report = buildReport([{ location: path, feed: outcome.feed }], {}, { now })
          expect(badDates(JSON.parse(JSON.stringify(report)))).toEqual([])
        }),
        { numRuns: runs, seed: 20261203 },
      )
    })
  }
})

describe('the date check of that property', () => {
  it('flags impossible, out-of-range and unreadable dates and passes the forms a report writes', () => {
    const report = {
      good: ['2026-02-28T10:00:00Z', '2026-02-28T10:00:00.123Z', '2026-02-28', '2026-02'],
      periods: ['2026-01-01/2026-02-01', '2026-Q1', '2101-01-01'],
      bad: [
        '2026-02-30T00:00:00Z',
        '+010000-01-01T00:00:00Z',
        '1899-12-31',
        '2026-13',
        '2026-02-30',
      ],
    }
    expect(badDates(report)).toEqual([0, 1, 2, 3, 4].map((i) => `$.bad[${i}]: ${report.bad[i]}`))
  })
})
