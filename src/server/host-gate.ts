import type { HostGate } from './config'
import { ProxyError } from './errors'

interface HostState {
  active: number
  waiting: (() => void)[]
  /** Epoch ms before which the host asked not to be contacted (429/503 Retry-After). */
  blockedUntil: number
}

export interface HostGateOptions {
  concurrency: number
  maxRetryAfterSeconds: number
  now: () => number
}

/**
 * Limits concurrent upstream requests per host and honours a host's Retry-After: while it runs,
 * the host is not contacted at all and callers get the remaining wait.
 */
export function createHostGate({
  concurrency,
  maxRetryAfterSeconds,
  now,
}: HostGateOptions): HostGate {
  const hosts = new Map<string, HostState>()

  const stateOf = (key: string): HostState => {
    let state = hosts.get(key)
    if (!state) hosts.set(key, (state = { active: 0, waiting: [], blockedUntil: 0 }))
    return state
  }

  const checkBackoff = (state: HostState) => {
    const waitMs = state.blockedUntil - now()
    if (waitMs <= 0) return
    throw new ProxyError('upstream_status', {
      message: 'The feed server asked for a pause; try again later.',
      retryAfterSeconds: Math.ceil(waitMs / 1000),
    })
  }

  // A waiting caller inherits the slot, so `active` only drops when nobody waits.
  const release = (key: string, state: HostState) => {
    const next = state.waiting.shift()
    if (next) return next()
    state.active -= 1
    if (state.active === 0 && state.blockedUntil <= now()) hosts.delete(key)
  }

  return async (key, task) => {
    const state = stateOf(key)
    checkBackoff(state)
    if (state.active >= concurrency) await new Promise<void>((wake) => state.waiting.push(wake))
    else state.active += 1
    try {
      checkBackoff(state) // again: a pause may have started while this caller waited
    } catch (error) {
      release(key, state)
      throw error
    }
    try {
      return await task()
    } catch (error) {
      if (error instanceof ProxyError && error.retryAfterSeconds !== undefined) {
        const seconds = Math.min(error.retryAfterSeconds, maxRetryAfterSeconds)
        state.blockedUntil = Math.max(state.blockedUntil, now() + seconds * 1000)
      }
      throw error
    } finally {
      release(key, state)
    }
  }
}
