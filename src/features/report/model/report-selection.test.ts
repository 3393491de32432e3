import { describe, expect, it } from 'vitest'
import { selectedVendorIds, selectionParam, toggleVendor } from './report-selection'

const all = ['a', 'b', 'c']

describe('the report vendor selection', () => {
  it('takes every vendor when the param is absent, empty or names no known vendor', () => {
    expect(selectedVendorIds(null, all)).toEqual(all)
    expect(selectedVendorIds('', all)).toEqual(all)
    expect(selectedVendorIds('gone', all)).toEqual(all)
  })

  it('keeps the workspace order and drops unknown ids', () => {
    expect(selectedVendorIds('c,gone,a', all)).toEqual(['a', 'c'])
  })

  it('writes no param for all vendors and ids in workspace order otherwise', () => {
    expect(selectionParam(['c', 'b', 'a'], all)).toBeNull()
    expect(selectionParam(['c', 'a'], all)).toBe('a,c')
  })

  it('toggles a vendor but never empties the report', () => {
    expect(toggleVendor(['a', 'b'], 'b', all)).toBe('a')
    expect(toggleVendor(['a'], 'c', all)).toBe('a,c')
    expect(toggleVendor(['a'], 'a', all)).toBe('a')
    expect(toggleVendor(['a', 'b'], 'c', all)).toBeNull()
  })
})
