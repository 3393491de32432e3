import { lookup } from 'node:dns/promises'

/** Resolves a host name to every address it has (A and AAAA); an empty list means "no answer". */
export type Resolver = (hostname: string) => Promise<string[]>

const systemResolver: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true })
  return answers.map((answer) => answer.address)
}

/** Runs one upstream request for a host; the feed service passes one that limits concurrency. */
export type HostGate = <T>(hostKey: string, task: () => Promise<T>) => Promise<T>

/** Everything the safe fetcher decides with. The CLI and the server share these rules. */
export interface FetchPolicy {
  /** Ports a URL may name; 80 and 443 unless configured. */
  allowedPorts: readonly number[]
  /** `host:port` pairs exempt from the name, port and address rules (intranet pages, tests). */
  allowHosts: readonly string[]
  resolve: Resolver
  connectTimeoutMs: number
  headersTimeoutMs: number
  totalTimeoutMs: number
  /** Limit after decompression; the wire is held to the same limit. */
  maxBodyBytes: number
  /** Hops followed by hand, each re-checked (security.md §2.3: 3 is enough for status pages). */
  maxRedirects: number
  maxContentCodings: number
  userAgent: string
  /** Ports this process listens on: loopback or local addresses on these are the proxy itself. */
  selfPorts: () => readonly number[]
  /** Sent upstream in `Via`; a request carrying it back is our own request looping. */
  loopToken: string
  /** Extra trusted CA certificates (tests with a self-signed fixture). */
  tlsCa?: string
  /** Called with the address and port a socket is about to open to (tests use it as a guard). */
  beforeConnect?: (address: string, port: number) => void
  /**
   * Tests only, never from the environment: where a checked address is really dialled, so a test
   * can let a public answer reach a loopback fixture and see what a name resolves to next.
   */
  route?: (address: string, port: number) => { address: string; port: number }
  hostGate?: HostGate
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  allowedPorts: [80, 443],
  allowHosts: [],
  resolve: systemResolver,
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 10_000,
  totalTimeoutMs: 20_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxRedirects: 3,
  maxContentCodings: 5,
  userAgent: 'VendorReliability/0.1 (status feed reader; set PROXY_USER_AGENT to add a contact)',
  selfPorts: () => [],
  loopToken: 'vendor-reliability',
}

export interface CachePolicy {
  maxBytes: number
  /** A cached body is served without asking upstream for this long. */
  freshMs: number
  /** On upstream failure the last good body is served for this long after its fetch. */
  staleMs: number
}

const DEFAULT_CACHE_POLICY: CachePolicy = {
  maxBytes: 64 * 1024 * 1024,
  freshMs: 5 * 60_000,
  staleMs: 24 * 60 * 60_000,
}

export interface RateLimitPolicy {
  /** Requests a client may burst. */
  capacity: number
  /** Requests per minute a client regains. */
  refillPerMinute: number
}

export interface ServerConfig {
  fetch: FetchPolicy
  cache: CachePolicy
  rateLimit: RateLimitPolicy
  /** Concurrent upstream requests per host. */
  hostConcurrency: number
  /** Longest an upstream Retry-After is obeyed for. */
  maxRetryAfterSeconds: number
  discoverConcurrency: number
  discoverBudgetMs: number
  /** Origins (scheme, host, port) the app is served from besides this server's own, e.g. behind TLS. */
  publicOrigins: readonly string[]
  /** The built app; null serves the API only. */
  distDir: string | null
  /** In-flight requests get this long after SIGTERM before their sockets are closed. */
  shutdownGraceMs: number
  inboundHeadersTimeoutMs: number
  log: (entry: Record<string, unknown>) => void
  now: () => number
}

export interface ServerOptions extends Partial<
  Omit<ServerConfig, 'fetch' | 'cache' | 'rateLimit'>
> {
  fetch?: Partial<FetchPolicy>
  cache?: Partial<CachePolicy>
  rateLimit?: Partial<RateLimitPolicy>
}

export function resolveServerConfig(options: ServerOptions = {}): ServerConfig {
  return {
    hostConcurrency: 2,
    maxRetryAfterSeconds: 3_600,
    discoverConcurrency: 4,
    discoverBudgetMs: 30_000,
    publicOrigins: [],
    distDir: null,
    shutdownGraceMs: 10_000,
    inboundHeadersTimeoutMs: 10_000,
    log: () => {},
    now: Date.now,
    ...options,
    fetch: { ...DEFAULT_FETCH_POLICY, ...options.fetch },
    cache: { ...DEFAULT_CACHE_POLICY, ...options.cache },
    rateLimit: { capacity: 120, refillPerMinute: 120, ...options.rateLimit },
  }
}
