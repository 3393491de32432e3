/** `scheme://host[:port]` with the default port dropped; opaque and non-web origins are none. */
export function originOf(value: string): string | undefined {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined
  } catch {
    return undefined
  }
}

/** A configured origin: http(s), a host and maybe a port, and nothing else (no path, query or user). */
export function parseOrigin(value: string): string | undefined {
  const origin = originOf(value)
  if (!origin) return undefined
  const url = new URL(value)
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password
  return bare ? origin : undefined
}
