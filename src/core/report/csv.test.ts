import { describe, expect, it } from 'vitest'
import { csvField, parseCsv, toCsv } from './csv'

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
