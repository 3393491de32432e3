/** The address when it is an absolute http(s) URL, else null: feeds never get to hand us javascript: links. */
export function httpUrlOrNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim()
  if (!trimmed || !/^https?:\/\//i.test(trimmed)) return null
  try {
    const url = new URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : null
  } catch {
    return null
  }
}
