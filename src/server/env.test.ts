import { describe, expect, it } from 'vitest'
import { parseServerEnv } from './env'

describe('parseServerEnv', () => {
  it('defaults to port 8080 on all interfaces with the standard ports and no exemptions', () => {
    const parsed = parseServerEnv({}, '/app/dist')
    expect(parsed).toMatchObject({ port: 8080, host: '0.0.0.0', logRequests: true })
    expect(parsed.options).toMatchObject({ distDir: '/app/dist', fetch: { allowHosts: [] } })
    expect(parsed.options.fetch?.allowedPorts).toBeUndefined()
    expect(parsed.options.fetch?.resolve).toBeUndefined()
  })

  it('reads the proxy settings', () => {
    const parsed = parseServerEnv(
      {
        PORT: '8099',
        HOST: '127.0.0.1',
        PROXY_ALLOW_HOSTS: 'status.intranet:8443, 127.0.0.1:4000',
        ALLOWED_PORTS: '80,443,8443',
        CACHE_MAX_BYTES: '1048576',
        CACHE_FRESH_SECONDS: '60',
        LOG_REQUESTS: '0',
      },
      '/app/dist',
    )
    expect(parsed).toMatchObject({ port: 8099, host: '127.0.0.1', logRequests: false })
    expect(parsed.options.fetch).toMatchObject({
      allowHosts: ['status.intranet:8443', '127.0.0.1:4000'],
      allowedPorts: [80, 443, 8443],
    })
    expect(parsed.options.cache).toMatchObject({ maxBytes: 1048576, freshMs: 60_000 })
  })

  it('rejects nonsense instead of guessing', () => {
    expect(() => parseServerEnv({ PORT: 'eighty' }, '/d')).toThrow(/PORT/)
    expect(() => parseServerEnv({ ALLOWED_PORTS: '80,99999' }, '/d')).toThrow(/ALLOWED_PORTS/)
  })

  it('reads PUBLIC_ORIGIN as origins and refuses anything with a path or another scheme', () => {
    const parsed = parseServerEnv(
      { PUBLIC_ORIGIN: 'https://Status.Example.com, http://intranet:8080/' },
      '/d',
    )
    expect(parsed.options.publicOrigins).toEqual([
      'https://status.example.com',
      'http://intranet:8080',
    ])
    for (const bad of ['https://status.example.com/app', 'ftp://x', 'status.example.com']) {
      expect(() => parseServerEnv({ PUBLIC_ORIGIN: bad }, '/d')).toThrow(/PUBLIC_ORIGIN/)
    }
  })

  it('honours PROXY_TEST_DNS only with NODE_ENV=test', async () => {
    const dns = 'vendor.test=127.0.0.1,::1;none.test='
    expect(parseServerEnv({ PROXY_TEST_DNS: dns }, '/d').options.fetch?.resolve).toBeUndefined()
    const resolve = parseServerEnv({ PROXY_TEST_DNS: dns, NODE_ENV: 'test' }, '/d').options.fetch
      ?.resolve
    await expect(resolve?.('vendor.test')).resolves.toEqual(['127.0.0.1', '::1'])
    await expect(resolve?.('none.test')).resolves.toEqual([])
    await expect(resolve?.('other.test')).rejects.toThrow()
  })
})
