import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_CSP } from './security-headers'
import { get } from './test-support/network-guards'
import { startProxy } from './test-support/test-proxy'

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd.js"></script></head><body><div id="root"></div></body></html>'
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))})`
let dist: string
let proxy: Awaited<ReturnType<typeof startProxy>>

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'vr-dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), INDEX)
  writeFileSync(join(dist, 'assets', 'index-Ab12Cd.js'), SCRIPT)
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(tmpdir(), 'vr-secret.txt'), 'outside the root')
  proxy = await startProxy({ distDir: dist })
})
afterAll(async () => {
  await proxy.close()
  rmSync(dist, { recursive: true, force: true })
  rmSync(join(tmpdir(), 'vr-secret.txt'), { force: true })
})

describe('serving dist/', () => {
  it('serves index.html with no-cache and the app security headers (H12)', async () => {
    const response = await proxy.get('/', {})
    expect(response.status).toBe(200)
    expect(response.text).toBe(INDEX)
    expect(response.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': APP_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    })
    expect(response.headers).not.toHaveProperty('x-powered-by')
    expect(APP_CSP).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(APP_CSP).toMatch(
      /script-src 'self'.*object-src 'none'; base-uri 'none'; frame-ancestors 'none'/,
    )
  })

  it('falls back to index.html for client routes, but not for missing files', async () => {
    const route = await proxy.get('/vendors/github/incidents', {})
    expect(route.status).toBe(200)
    expect(route.text).toBe(INDEX)
    const missing = await proxy.get('/assets/missing-123.js', {})
    expect(missing.status).toBe(404)
    expect(missing.headers['content-security-policy']).toBe(APP_CSP)
  })

  it('caches hashed assets for a year and compresses them with gzip or brotli', async () => {
    const gzip = await proxy.get('/assets/index-Ab12Cd.js', { 'accept-encoding': 'gzip' })
    expect(gzip.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'text/javascript; charset=utf-8',
      'content-encoding': 'gzip',
      vary: 'Accept-Encoding',
    })
    expect(gunzipSync(gzip.raw).toString()).toBe(SCRIPT)
    const br = await proxy.get('/assets/index-Ab12Cd.js', { 'accept-encoding': 'gzip, br' })
    expect(br.headers['content-encoding']).toBe('br')
    const plain = await proxy.get('/assets/index-Ab12Cd.js', {
      'accept-encoding': 'br;q=0, gzip;q=0',
    })
    expect(plain.headers).not.toHaveProperty('content-encoding')
    expect(plain.text).toBe(SCRIPT)
  })

  it('answers If-None-Match with 304', async () => {
    const first = await proxy.get('/favicon.svg', {})
    const again = await proxy.get('/favicon.svg', { 'if-none-match': String(first.headers.etag) })
    expect(again.status).toBe(304)
    expect(first.headers['cache-control']).toBe('no-cache')
  })

  it.each([
    '/../vr-secret.txt',
    '/%2e%2e/vr-secret.txt',
    '/assets/..%2f..%2fvr-secret.txt',
    '/%00.js',
  ])('never serves a file outside dist/ (%s)', async (path) => {
    const response = await proxy.get(path, {})
    expect(response.text).not.toContain('outside the root')
  })

  it('refuses other methods on files', async () => {
    expect((await get(`${proxy.base}/`, {}, 'DELETE')).status).toBe(405)
  })
})
