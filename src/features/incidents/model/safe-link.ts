/** The address when it is an absolute http(s) URL, else null: no javascript:, data: or relative links. */
export function httpUrlOrNull(value: string | null): string | null {
  if (!value) return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
