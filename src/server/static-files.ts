import { readdir, readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { compress, negotiateCoding, type Coding } from './compression'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
}
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.map',
  '.svg',
  '.txt',
  '.xml',
])
/** Vite puts content-hashed files under /assets/: their URL changes whenever their bytes do. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

interface LoadedFile {
  mtimeMs: number
  etag: string
  variants: Map<Coding, Promise<Buffer>>
}

export interface StaticFiles {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  /** Compresses every file ahead of the first visitor (brotli at its best level takes ~0.3 s for 200 KB). */
  warm: () => Promise<void>
}

/** Serves the built app: files as they are, client routes get index.html (SPA fallback). */
export function createStaticFiles(distDir: string): StaticFiles {
  const root = resolve(distDir)
  const files = new Map<string, LoadedFile>()

  async function load(path: string): Promise<LoadedFile | undefined> {
    const info = await stat(path).catch(() => undefined)
    if (!info?.isFile()) return undefined
    const cached = files.get(path)
    if (cached?.mtimeMs === info.mtimeMs) return cached
    const raw = readFile(path)
    const loaded = {
      mtimeMs: info.mtimeMs,
      etag: `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`,
      variants: new Map([['identity' as Coding, raw]]),
    }
    files.set(path, loaded)
    return loaded
  }

  /** The file for a URL path, never outside the root; undefined for paths that cannot be files. */
  function fileFor(pathname: string): string | undefined {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return undefined
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return undefined
    const path = resolve(root, `.${decoded}`)
    return path === root || path.startsWith(root + sep) ? path : undefined
  }

  async function warm() {
    const entries = await readdir(root, { recursive: true }).catch(() => [])
    for (const entry of entries.filter((name) => COMPRESSIBLE.has(extname(name)))) {
      const file = await load(join(root, entry))
      if (file) await Promise.all([variant(file, 'br'), variant(file, 'gzip')])
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      return void res.end('Method not allowed')
    }
    const pathname = new URL(req.url ?? '/', 'http://app.invalid').pathname
    const requested = fileFor(pathname)
    let path = requested && (await load(requested)) ? requested : undefined
    // Client-side routes have no extension; a missing /assets/x.js must stay a 404, not HTML.
    if (!path && requested !== undefined && !extname(pathname)) path = join(root, 'index.html')
    const file = path && (await load(path))
    if (!path || !file) {
      res.writeHead(404, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-cache',
      })
      return void res.end('Not found')
    }
    const extension = extname(path)
    res.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream')
    res.setHeader(
      'Cache-Control',
      pathname.startsWith('/assets/') && path === requested ? IMMUTABLE : 'no-cache',
    )
    res.setHeader('ETag', file.etag)
    if (req.headers['if-none-match'] === file.etag) return void res.writeHead(304).end()
    const coding = COMPRESSIBLE.has(extension)
      ? negotiateCoding(req.headers['accept-encoding'])
      : 'identity'
    if (COMPRESSIBLE.has(extension)) res.setHeader('Vary', 'Accept-Encoding')
    const body = await variant(file, coding)
    if (coding !== 'identity') res.setHeader('Content-Encoding', coding)
    res.setHeader('Content-Length', body.length)
    res.writeHead(200)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  return { handle, warm }
}

/** Each file is compressed once per coding, at the best level, and kept. */
function variant(file: LoadedFile, coding: Coding): Promise<Buffer> {
  let body = file.variants.get(coding)
  if (!body) {
    body = (file.variants.get('identity') as Promise<Buffer>).then((raw) =>
      compress(raw, coding, 'best'),
    )
    file.variants.set(coding, body)
  }
  return body
}
