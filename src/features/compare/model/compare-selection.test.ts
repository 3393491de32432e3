import { describe, expect, it } from 'vitest'
import { MAX_COMPARED, readCompareSelection, toggleCompared } from './compare-selection'

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']

describe('readCompareSelection', () => {
  it('defaults to the first six vendors', () => {
    expect(readCompareSelection(null, ids)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(readCompareSelection(null, ['a', 'b'])).toEqual(['a', 'b'])
  })

  it('keeps known ids in workspace order and drops unknown ones', () => {
    expect(readCompareSelection('c,a,zz', ids)).toEqual(['a', 'c'])
  })

  it('falls back to the default when none of the ids exists any more', () => {
    expect(readCompareSelection('gone', ['a'])).toEqual(['a'])
  })

  it('caps a long list', () => {
    expect(readCompareSelection(ids.join(','), ids)).toHaveLength(MAX_COMPARED)
  })
})

describe('toggleCompared', () => {
  it('adds and removes a vendor, keeping workspace order', () => {
    expect(toggleCompared(['c'], 'a', ids)).toEqual(['a', 'c'])
    expect(toggleCompared(['a', 'c'], 'a', ids)).toEqual(['c'])
  })

  it('never leaves the comparison empty nor lets it pass the cap', () => {
    expect(toggleCompared(['a'], 'a', ids)).toEqual(['a'])
    const full = ids.slice(0, MAX_COMPARED)
    expect(toggleCompared(full, 'j', ids)).toEqual(full)
  })
})
