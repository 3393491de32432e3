import type { IncomingMessage, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { memoizeString } from './string-memo'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const MIN_COMPRESSIBLE_BYTES = 1024

export type Coding = 'br' | 'gzip' | 'identity'

function bestCoding(acceptEncoding: string): Coding {
  const accepted = new Map<string, number>()
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find(Boolean)
    if (name) accepted.set(name.trim(), q === undefined ? 1 : Number(q))
  }
  const weight = (coding: string) => accepted.get(coding) ?? accepted.get('*') ?? 0
  if (weight('br') > 0) return 'br'
  if (weight('gzip') > 0) return 'gzip'
  return 'identity'
}

// Browsers send the same few headers: each is parsed once.
const bestCodingOf = memoizeString(bestCoding, 64)

/** The best coding the client accepts; q=0 refuses a coding (RFC 9110 §12.5.3). */
export function negotiateCoding(acceptEncoding: string | undefined): Coding {
  return bestCodingOf(acceptEncoding ?? '')
}

/** `quality` trades speed for size: static files are compressed once, API bodies per request. */
export async function compress(
  body: Buffer,
  coding: Coding,
  quality: 'fast' | 'best',
): Promise<Buffer> {
  if (coding === 'br') {
    const level = quality === 'best' ? 11 : 4
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: level,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
  }
  if (coding === 'gzip') return gzipAsync(body, { level: quality === 'best' ? 9 : 6 })
  return body
}

/**
 * Sends a body, compressed when the client accepts it and it is worth it; `encode` lets a caller
 * reuse compressed bytes it already has. HEAD sends headers only.
 */
export async function sendCompressible(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer,
  encode: (coding: Coding) => Promise<Buffer> = (coding) => compress(body, coding, 'fast'),
): Promise<void> {
  res.setHeader('Vary', 'Accept-Encoding')
  const coding =
    body.length >= MIN_COMPRESSIBLE_BYTES
      ? negotiateCoding(req.headers['accept-encoding'])
      : 'identity'
  const encoded = coding === 'identity' ? body : await encode(coding)
  if (coding !== 'identity') res.setHeader('Content-Encoding', coding)
  res.setHeader('Content-Length', encoded.length)
  res.writeHead(status)
  res.end(req.method === 'HEAD' ? undefined : encoded)
}
