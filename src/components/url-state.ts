import { useCallback, useSyncExternalStore } from 'react'

// The URL is the view's state, so a copied link reproduces it (issue: shareable views).
const CHANGE = 'vendor-reliability:url-change'

function subscribe(listener: () => void) {
  window.addEventListener('popstate', listener)
  window.addEventListener(CHANGE, listener)
  return () => {
    window.removeEventListener('popstate', listener)
    window.removeEventListener(CHANGE, listener)
  }
}

const snapshot = () => window.location.search

export type ParamPatch = Record<string, string | null | undefined>

/** Writes params (null or '' removes one); history entries only for view changes. */
export function setSearchParams(patch: ParamPatch, options: { push?: boolean } = {}) {
  const params = new URLSearchParams(window.location.search)
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '') params.delete(key)
    else params.set(key, value)
  }
  const search = params.toString()
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`
  if (options.push) window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  window.dispatchEvent(new Event(CHANGE))
}

/** The current search params, re-rendering when they change. */
export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, snapshot, () => '')
  return new URLSearchParams(search)
}

/** One param with a setter; `fallback` when absent. */
export function useSearchParam(
  key: string,
  fallback = '',
): [string, (value: string | null) => void] {
  const params = useSearchParams()
  const set = useCallback((value: string | null) => setSearchParams({ [key]: value }), [key])
  return [params.get(key) ?? fallback, set]
}
