import { describe, expect, it } from 'vitest'
import { readComponents, withNames } from './components'
import { componentSchema } from './schemas'

const SHAPES: unknown[] = [
  { id: 'abc', name: ' API ', status: 'operational', position: 2, group: false, group_id: null },
  { id: 7, name: 'Numbered', components: ['a', 'b'], group: true },
  { id: 'x', name: 'Odd fields', status: 3, position: 'first', group: 'yes', group_id: 9 },
  { id: 'y', name: 'Mixed children', components: ['a', 1] },
  { id: 'z', name: 'Extra keys', showcase: true, description: null },
  { id: '', name: 'Empty id' },
  { id: 'n', name: 42 },
  { name: 'No id' },
  'not an object',
  null,
]

describe('readComponents', () => {
  it('reads every component exactly as the schema does, odd and broken ones included', () => {
    const bySchema = SHAPES.flatMap((value) => {
      const parsed = componentSchema.safeParse(value)
      return parsed.success ? [parsed.data] : []
    })
    expect(readComponents(SHAPES)).toEqual(bySchema)
  })
})

describe('withNames', () => {
  it('adds only codes not yet known, and keeps the names it was given', () => {
    const page = new Map([['a', 'Page name']])
    const merged = withNames(
      page,
      readComponents([
        { id: 'a', name: 'Other' },
        { id: 'b', name: ' B ' },
      ]),
    )
    expect([...merged]).toEqual([
      ['a', 'Page name'],
      ['b', 'B'],
    ])
    expect(withNames(page, readComponents([{ id: 'a', name: 'Other' }]))).toEqual(page)
  })
})
