// A feed's items often share one link (AWS): the URL is parsed once for a run of them.
// Not core/memo's createMemo: its closure, argument list and key per call cost more than this check.
let last: { text: string | null | undefined; url: string | null } = { text: null, url: null }

/** The address when it is an absolute http(s) URL, else null: feeds never get to hand us javascript: links. */
export function httpUrlOrNull(text: string | null | undefined): string | null {
  if (text !== last.text) last = { text, url: readHttpUrl(text) }
  return last.url
}

function readHttpUrl(text: string | null | undefined): string | null {
  const trimmed = text?.trim()
  if (!trimmed || !/^https?:\/\//i.test(trimmed)) return null
  try {
    const url = new URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : null
  } catch {
    return null
  }
}
