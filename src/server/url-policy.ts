import { isIP } from 'node:net'
import type { FetchPolicy } from './config'
import { ProxyError } from './errors'

const MAX_URL_LENGTH = 2048
const MAX_HOSTNAME_LENGTH = 253
const BLOCKED_NAMES = ['localhost', 'metadata.google.internal', 'metadata.amazonaws.com']
const BLOCKED_SUFFIXES = ['.localhost', '.local', '.internal', '.localdomain', '.home.arpa']

/** A URL that passed the name, scheme and port rules; addresses are checked later, at connect time. */
export interface CheckedUrl {
  url: URL
  /** Lower-case, without IPv6 brackets or trailing dots. */
  hostname: string
  port: number
  /** Named in PROXY_ALLOW_HOSTS: the name, port and address rules do not apply. */
  exempt: boolean
}

type UrlRules = Pick<FetchPolicy, 'allowedPorts' | 'allowHosts'>

/**
 * Parses once with the WHATWG parser and decides on its canonical output, so `0x7f.1`, `127.1`
 * and `１２７.０.０.１` all become `127.0.0.1` before any rule looks at them (security.md A5).
 */
export function checkUrl(raw: string, rules: UrlRules, base?: URL): CheckedUrl {
  if (raw.length > MAX_URL_LENGTH) {
    throw new ProxyError('bad_url', { message: 'That address is too long.', status: 414 })
  }
  let url: URL
  try {
    url = base ? new URL(raw, base) : new URL(raw)
  } catch {
    throw new ProxyError('bad_url')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ProxyError('blocked_scheme')
  // Credentials would be forwarded to whoever the URL names, and they confuse host parsing.
  if (url.username || url.password) {
    throw new ProxyError('bad_url', {
      message: 'Addresses with a user name or password are not fetched.',
    })
  }
  const hostname = bareHostname(url.hostname)
  if (!hostname || hostname.length > MAX_HOSTNAME_LENGTH) throw new ProxyError('bad_url')
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
  url.hash = ''
  const exempt = normalizeAllowHosts(rules.allowHosts).includes(hostKey(hostname, port))
  if (exempt) return { url, hostname, port, exempt }
  if (!rules.allowedPorts.includes(port)) throw new ProxyError('blocked_port')
  if (!isIP(hostname) && isReservedName(hostname)) throw new ProxyError('blocked_host')
  return { url, hostname, port, exempt }
}

const isReservedName = (hostname: string): boolean =>
  BLOCKED_NAMES.includes(hostname) || BLOCKED_SUFFIXES.some((suffix) => hostname.endsWith(suffix))

/** `host:port` with IPv6 in brackets: the key for allow-lists and per-host limits. */
export const hostKey = (hostname: string, port: number): string =>
  `${isIP(hostname) === 6 ? `[${hostname}]` : hostname}:${port}`

function bareHostname(hostname: string): string {
  return hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase()
}

const normalizedAllowHosts = new WeakMap<readonly string[], string[]>()

/** Allow-list entries go through the same parser, so `127.1:8080` means `127.0.0.1:8080`. */
function normalizeAllowHosts(entries: readonly string[]): string[] {
  const cached = normalizedAllowHosts.get(entries)
  if (cached) return cached
  const keys = entries.flatMap((entry) => {
    const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(entry.trim())
    if (!match?.[1] || !match[2]) return []
    try {
      return [hostKey(bareHostname(new URL(`http://${match[1]}/`).hostname), Number(match[2]))]
    } catch {
      return []
    }
  })
  normalizedAllowHosts.set(entries, keys)
  return keys
}
