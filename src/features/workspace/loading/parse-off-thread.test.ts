import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ParseOutcome } from '../../../core/model'
import { createParseQueue, type WorkerLike } from './parse-off-thread'
import type { ParseRequest } from './parse-worker'

interface FakeWorker extends WorkerLike {
  received: string[]
  terminated: boolean
}

/** Workers that answer a request after `delays[text]` ms, and never for a text without a delay. */
function fakeWorkers(delays: Record<string, number>) {
  const spawned: FakeWorker[] = []
  const spawn = (): WorkerLike => {
    const worker: FakeWorker = {
      onmessage: null,
      received: [],
      terminated: false,
      postMessage(request: ParseRequest) {
        worker.received.push(request.text)
        const delay = delays[request.text]
        if (delay === undefined) return
        const outcome: ParseOutcome = {
          ok: false,
          error: { kind: 'malformed', message: `parsed ${request.text}` },
        }
        setTimeout(() => {
          if (!worker.terminated)
            worker.onmessage?.({ data: { id: request.id, outcome } } as MessageEvent)
        }, delay)
      },
      terminate() {
        worker.terminated = true
      },
    }
    spawned.push(worker)
    return worker
  }
  return { spawn, spawned }
}

describe('parsing off the main thread', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('reports a parse past its budget as a timeout and still runs the parses queued behind it', async () => {
    const { spawn, spawned } = fakeWorkers({ quick: 10 })
    const parse = createParseQueue(spawn, 1000)
    const slow = parse('hang', {})
    const next = parse('quick', {})
    await vi.advanceTimersByTimeAsync(1000)
    await expect(slow).resolves.toEqual({
      ok: false,
      error: { kind: 'timeout', message: expect.stringContaining('longer than 1 s') },
    })
    await vi.advanceTimersByTimeAsync(10)
    await expect(next).resolves.toMatchObject({ error: { message: 'parsed quick' } })
    expect(spawned).toHaveLength(2)
    expect(spawned[0]?.terminated).toBe(true)
    expect(spawned[1]?.received).toEqual(['quick'])
  })

  it('gives each parse its own budget, counted from when it starts', async () => {
    const { spawn, spawned } = fakeWorkers({ a: 800, b: 800 })
    const parse = createParseQueue(spawn, 1000)
    const first = parse('a', {})
    const second = parse('b', {})
    await vi.advanceTimersByTimeAsync(1600)
    await expect(first).resolves.toMatchObject({ error: { message: 'parsed a' } })
    await expect(second).resolves.toMatchObject({ error: { message: 'parsed b' } })
    expect(spawned).toHaveLength(1)
  })
})
