import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createLogSink } from './log-sink'

/** An output that records each write and can pretend to be backed up. */
function recorder() {
  const writes: string[] = []
  return {
    writes,
    writableLength: 0,
    write(chunk: string) {
      writes.push(chunk)
      return true
    },
    lines: () =>
      writes
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('createLogSink', () => {
  it('writes a burst of lines once, after the flush interval, in order', () => {
    const output = recorder()
    const sink = createLogSink(output, { flushMs: 50 })
    for (let index = 0; index < 100; index += 1) sink.write({ path: '/api/feed', index })
    expect(output.writes).toEqual([])
    vi.advanceTimersByTime(49)
    expect(output.writes).toEqual([])
    vi.advanceTimersByTime(1)
    expect(output.writes).toHaveLength(1)
    expect(output.lines().map((line) => line.index)).toEqual([...Array(100).keys()])
  })

  it('writes a full batch at once instead of growing it', () => {
    const output = recorder()
    const sink = createLogSink(output, { maxBatchBytes: 1000 })
    for (let index = 0; index < 100; index += 1) sink.write({ path: '/api/feed', index })
    expect(output.writes.length).toBeGreaterThanOrEqual(3) // about 3.3 kB in 1 kB batches
    expect(output.writes.every((chunk) => chunk.length < 1100)).toBe(true)
    sink.flush()
    expect(output.lines()).toHaveLength(100)
  })

  it('writes an error line at once, with whatever waited before it', () => {
    const output = recorder()
    const sink = createLogSink(output)
    sink.write({ path: '/' })
    sink.write({ level: 'error', error: 'boom' })
    expect(output.lines()).toEqual([{ path: '/' }, { level: 'error', error: 'boom' }])
  })

  it('flushes what waits on demand (shutdown) and writes nothing when nothing waits', () => {
    const output = recorder()
    const sink = createLogSink(output)
    sink.flush()
    expect(output.writes).toEqual([])
    sink.write({ message: 'shutting down' })
    sink.flush()
    expect(output.lines()).toEqual([{ message: 'shutting down' }])
    vi.advanceTimersByTime(1000)
    expect(output.writes).toHaveLength(1)
  })

  it('drops lines while the output is backed up, then reports how many', () => {
    const output = recorder()
    const sink = createLogSink(output, { maxBacklogBytes: 100 })
    output.writableLength = 101
    for (let index = 0; index < 5; index += 1) sink.write({ index })
    sink.flush()
    expect(output.writes).toEqual([])
    output.writableLength = 0
    sink.write({ index: 5 })
    sink.flush()
    expect(output.lines()).toEqual([
      { level: 'warn', message: 'log lines dropped: output too slow', dropped: 5 },
      { index: 5 },
    ])
  })
})
