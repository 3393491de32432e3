import { ProxyError } from './errors'

export interface Deadline {
  signal: AbortSignal
  /** Stops the timer and unlinks the parent; call when the guarded work is over. */
  clear: () => void
}

/** A signal that aborts with a `timeout` ProxyError after `ms`, or when `parent` aborts. */
export function createDeadline(ms: number, parent?: AbortSignal): Deadline {
  const controller = new AbortController()
  const onParentAbort = () => controller.abort(parent?.reason)
  const timer = setTimeout(() => controller.abort(new ProxyError('timeout')), ms)
  if (parent?.aborted) onParentAbort()
  else parent?.addEventListener('abort', onParentAbort, { once: true })
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer)
      parent?.removeEventListener('abort', onParentAbort)
    },
  }
}

/** The abort reason as a ProxyError: ours are already one; anyone else's abort is a time-out. */
export const abortReason = (signal: AbortSignal): ProxyError =>
  signal.reason instanceof ProxyError ? signal.reason : new ProxyError('timeout')
