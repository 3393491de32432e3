import type { ParseOutcome } from '../../../core/model'
import type { ParseOptions } from '../../../core/parse/index'
import type { ParseRequest } from './parse-worker'
import { spawnParseWorker } from './spawn-parse-worker'

const PARSE_TIME_BUDGET_MS = 15_000

/** A parse that ran past its budget: the worker was stopped; trying again may succeed. */
export type ParseTimedOut = { ok: false; error: { kind: 'timeout'; message: string } }
export type OffThreadOutcome = ParseOutcome | ParseTimedOut

type Job = { request: ParseRequest; resolve: (outcome: OffThreadOutcome) => void }

export interface WorkerLike {
  postMessage(request: ParseRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<{ id: number; outcome: ParseOutcome }>) => void) | null
}

/**
 * One parse at a time per worker, so a budget measures that parse alone: a parse that overruns is
 * reported as a timeout and the worker replaced, and the parses queued behind it still run.
 */
export function createParseQueue(spawn: () => WorkerLike, budgetMs = PARSE_TIME_BUDGET_MS) {
  const queue: Job[] = []
  let worker: WorkerLike | null = null
  let running: { job: Job; timer: ReturnType<typeof setTimeout> } | null = null
  let nextId = 1

  const finish = (outcome: OffThreadOutcome) => {
    if (!running) return
    clearTimeout(running.timer)
    const { job } = running
    running = null
    job.resolve(outcome)
    pump()
  }

  const timeOut = () => {
    worker?.terminate()
    worker = null
    const message = `Reading the feed took longer than ${budgetMs / 1000} s; it was stopped.`
    finish({ ok: false, error: { kind: 'timeout', message } })
  }

  function pump() {
    if (running) return
    const job = queue.shift()
    if (!job) return
    if (!worker) {
      worker = spawn()
      worker.onmessage = (event) => {
        if (running && event.data.id === running.job.request.id) finish(event.data.outcome)
      }
    }
    running = { job, timer: setTimeout(timeOut, budgetMs) }
    worker.postMessage(job.request)
  }

  return (text: string, options: ParseOptions): Promise<OffThreadOutcome> =>
    new Promise((resolve) => {
      queue.push({ request: { id: nextId++, text, options }, resolve })
      pump()
    })
}

let parseInWorker: ReturnType<typeof createParseQueue> | null = null

/** Parses in a Web Worker with a time budget; falls back to this thread where Workers are missing. */
export function parseOffThread(
  text: string,
  options: ParseOptions = {},
): Promise<OffThreadOutcome> {
  // Without Workers the parser loads here, on demand, so it never weighs on the first screen.
  if (typeof Worker === 'undefined')
    return import('../../../core/parse/index').then(({ parseFeed }) => parseFeed(text, options))
  parseInWorker ??= createParseQueue(spawnParseWorker)
  return parseInWorker(text, options)
}
