import { describe, expect, it } from 'vitest'
import { readFixture } from '../__fixtures__/fixtures'
import { parseFeed } from '../parse/index'
import { excludeComponents } from './exclude-components'

const maestra = (() => {
  const outcome = parseFeed(readFixture('seeds/maestra-status-history.rss'))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed.incidents
})()

describe('excluding components', () => {
  it('drops incidents that only touched excluded components and trims the others', () => {
    const kept = excludeComponents(maestra, ['Transactional messages'])
    expect(
      kept.find((i) => i.title === 'Transactional communications are sent with delay'),
    ).toBeUndefined()
    const degradation = kept.find((i) => i.title === 'Service degradation')
    expect(degradation?.components).toEqual(['Loyalty', 'Site personalization'])
    expect(kept.length).toBe(maestra.length - 3)
  })

  it('keeps everything when nothing is excluded', () => {
    expect(excludeComponents(maestra, [])).toHaveLength(maestra.length)
  })
})
