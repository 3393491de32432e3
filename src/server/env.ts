import type { FetchPolicy, Resolver, ServerOptions } from './config'
import { parseOrigin } from './origin'

export type Env = Readonly<Record<string, string | undefined>>

export interface ServerEnv {
  port: number
  host: string
  /** False with LOG_REQUESTS=0: tests silence the per-request lines. */
  logRequests: boolean
  options: ServerOptions
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

function number(env: Env, name: string, fallback: number): number {
  const value = env[name]
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative number, got "${value}"`)
  return parsed
}

/**
 * `PROXY_TEST_DNS="vendor.test=127.0.0.1;none.test="`: fixed answers for e2e tests. Honoured only
 * with NODE_ENV=test, and only from the environment: requests can never set it.
 */
function testResolver(env: Env): Resolver | undefined {
  if (env.NODE_ENV !== 'test' || !env.PROXY_TEST_DNS) return undefined
  const answers = new Map(
    env.PROXY_TEST_DNS.split(';')
      .filter((entry) => entry.includes('='))
      .map((entry) => {
        const [name = '', addresses = ''] = entry.split('=')
        return [name.trim().toLowerCase(), list(addresses)] as const
      }),
  )
  return async (hostname) => {
    const found = answers.get(hostname)
    if (found) return found
    throw Object.assign(new Error(`no test answer for ${hostname}`), { code: 'ENOTFOUND' })
  }
}

/** The fetch rules from an environment: the CLI uses these too, so `npm run report` obeys the same. */
export function parseFetchEnv(env: Env): Partial<FetchPolicy> {
  const ports = list(env.ALLOWED_PORTS).map(Number)
  if (ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new Error(`ALLOWED_PORTS must list ports, got "${env.ALLOWED_PORTS}"`)
  }
  const resolve = testResolver(env)
  return {
    allowHosts: list(env.PROXY_ALLOW_HOSTS),
    ...(ports.length > 0 && { allowedPorts: ports }),
    ...(env.PROXY_USER_AGENT && { userAgent: env.PROXY_USER_AGENT }),
    ...(resolve && { resolve }),
    headersTimeoutMs: number(env, 'UPSTREAM_HEADERS_TIMEOUT_MS', 10_000),
    totalTimeoutMs: number(env, 'UPSTREAM_TOTAL_TIMEOUT_MS', 20_000),
    maxBodyBytes: number(env, 'UPSTREAM_MAX_BYTES', 5 * 1024 * 1024),
  }
}

/** `PUBLIC_ORIGIN=https://status.example.com`: each entry must be an http(s) origin, nothing more. */
function publicOrigins(env: Env): string[] {
  return list(env.PUBLIC_ORIGIN).map((entry) => {
    const origin = parseOrigin(entry)
    if (!origin) {
      throw new Error(
        `PUBLIC_ORIGIN must list origins like https://status.example.com, got "${entry}"`,
      )
    }
    return origin
  })
}

/** Reads the server's settings from an environment; the caller passes `process.env`. */
export function parseServerEnv(env: Env, defaultDistDir: string): ServerEnv {
  return {
    port: number(env, 'PORT', 8080),
    host: env.HOST || '0.0.0.0',
    logRequests: env.LOG_REQUESTS !== '0' && env.LOG_REQUESTS !== 'false',
    options: {
      distDir: env.DIST_DIR || defaultDistDir,
      publicOrigins: publicOrigins(env),
      fetch: parseFetchEnv(env),
      cache: {
        maxBytes: number(env, 'CACHE_MAX_BYTES', 64 * 1024 * 1024),
        freshMs: number(env, 'CACHE_FRESH_SECONDS', 300) * 1000,
        staleMs: number(env, 'CACHE_STALE_SECONDS', 86_400) * 1000,
      },
      rateLimit: {
        capacity: number(env, 'RATE_LIMIT_BURST', 120),
        refillPerMinute: number(env, 'RATE_LIMIT_PER_MINUTE', 120),
      },
      shutdownGraceMs: number(env, 'SHUTDOWN_GRACE_MS', 10_000),
    },
  }
}
