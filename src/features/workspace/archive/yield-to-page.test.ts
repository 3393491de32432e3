import { afterEach, describe, expect, it, vi } from 'vitest'
import { SLICE_MS, sliceYielder } from './yield-to-page'

afterEach(() => vi.useRealTimers())

describe('sliceYielder', () => {
  it('gives the page a turn only once a slice has run its time, then starts a new slice', async () => {
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout'] })
    const pageTurn = sliceYielder()
    expect(pageTurn()).toBeUndefined()
    vi.advanceTimersByTime(SLICE_MS + 1)
    const turn = pageTurn()
    expect(turn).toBeInstanceOf(Promise)
    await vi.runAllTimersAsync()
    await turn
    expect(pageTurn()).toBeUndefined()
  })
})
