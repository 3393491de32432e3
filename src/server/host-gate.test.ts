import { describe, expect, it } from 'vitest'
import { ProxyError } from './errors'
import { createHostGate } from './host-gate'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('createHostGate', () => {
  it('runs at most `concurrency` tasks per host and queues the rest in order', async () => {
    const gate = createHostGate({ concurrency: 2, maxRetryAfterSeconds: 60, now: Date.now })
    let running = 0
    let peak = 0
    const order: number[] = []
    const task = (index: number) => async () => {
      running += 1
      peak = Math.max(peak, running)
      await tick()
      order.push(index)
      running -= 1
      return index
    }
    const results = await Promise.all(
      [0, 1, 2, 3, 4].map((index) => gate('a.example:443', task(index))),
    )
    expect(results).toEqual([0, 1, 2, 3, 4])
    expect(peak).toBe(2)
    expect(order.slice(0, 2).sort()).toEqual([0, 1])
  })

  it('does not make one host wait for another', async () => {
    const gate = createHostGate({ concurrency: 1, maxRetryAfterSeconds: 60, now: Date.now })
    let release = () => {}
    const blocked = gate(
      'slow.example:443',
      () => new Promise<void>((resolve) => (release = resolve)),
    )
    await expect(gate('fast.example:443', async () => 'fast')).resolves.toBe('fast')
    release()
    await blocked
  })

  it('pauses a host for its Retry-After, capped, and keeps other hosts going', async () => {
    let clock = 0
    const gate = createHostGate({ concurrency: 2, maxRetryAfterSeconds: 60, now: () => clock })
    const pause = new ProxyError('upstream_status', { retryAfterSeconds: 600 })
    await expect(gate('a.example:443', () => Promise.reject(pause))).rejects.toBe(pause)
    let ran = false
    const during = await gate('a.example:443', async () => (ran = true)).catch(
      (error: ProxyError) => error,
    )
    expect(ran).toBe(false)
    expect(during).toMatchObject({ kind: 'upstream_status', retryAfterSeconds: 60 })
    await expect(gate('b.example:443', async () => 'other')).resolves.toBe('other')
    clock += 60_000
    await expect(gate('a.example:443', async () => 'back')).resolves.toBe('back')
  })
})
