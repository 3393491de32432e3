import type { ParseOutcome } from '../../../core/model'
import type { ParseOptions } from '../../../core/parse/index'
import type { ParseRequest } from './parse-worker'

const TIME_BUDGET_MS = 15_000

type Pending = { resolve: (outcome: ParseOutcome) => void; timer: ReturnType<typeof setTimeout> }

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, Pending>()

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  const created = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' })
  created.onmessage = (event: MessageEvent<{ id: number; outcome: ParseOutcome }>) => {
    const entry = pending.get(event.data.id)
    if (!entry) return
    clearTimeout(entry.timer)
    pending.delete(event.data.id)
    entry.resolve(event.data.outcome)
  }
  return created
}

function restartWorker(reason: string) {
  worker?.terminate()
  worker = null
  for (const [id, entry] of pending) {
    clearTimeout(entry.timer)
    entry.resolve({ ok: false, error: { kind: 'too_large', message: reason } })
    pending.delete(id)
  }
}

/** Parses in a Web Worker with a time budget; falls back to this thread where Workers are missing. */
export function parseOffThread(text: string, options: ParseOptions = {}): Promise<ParseOutcome> {
  worker ??= startWorker()
  // Without Workers the parser loads here, on demand, so it never weighs on the first screen.
  if (!worker)
    return import('../../../core/parse/index').then(({ parseFeed }) => parseFeed(text, options))
  const id = nextId++
  const active = worker
  return new Promise((resolve) => {
    const timer = setTimeout(
      () =>
        restartWorker(
          `Reading the feed took longer than ${TIME_BUDGET_MS / 1000} s; it was stopped.`,
        ),
      TIME_BUDGET_MS,
    )
    pending.set(id, { resolve, timer })
    const request: ParseRequest = { id, text, options }
    active.postMessage(request)
  })
}
