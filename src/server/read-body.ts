import type { IncomingMessage } from 'node:http'
import { Transform, Writable, type Duplex } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib'
import type { FetchPolicy } from './config'
import { abortReason } from './deadline'
import { ProxyError } from './errors'

type BodyRules = Pick<FetchPolicy, 'maxBodyBytes' | 'maxContentCodings'>

/** Decoders in the order to apply them: the last coding listed was applied last (RFC 9110 §8.4). */
function createDecoders(contentEncoding: string | undefined, maxCodings: number): Duplex[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity')
  // An unbounded chain is CVE-2026-22036: each layer multiplies the work.
  if (codings.length > maxCodings) {
    throw new ProxyError('bad_encoding', {
      message: 'The feed server stacked too many compressions.',
    })
  }
  return codings.reverse().map((coding) => {
    if (coding === 'gzip' || coding === 'x-gzip') return createGunzip()
    if (coding === 'br') return createBrotliDecompress()
    if (coding === 'deflate') return createDeflateDecoder()
    throw new ProxyError('bad_encoding')
  })
}

/** Servers send both zlib-wrapped and raw deflate; the first byte tells them apart. */
function createDeflateDecoder(): Duplex {
  let inner: Duplex | undefined
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!inner) {
        inner = (chunk[0] ?? 0) % 16 === 8 ? createInflate() : createInflateRaw()
        inner.on('data', (data: Buffer) => this.push(data))
        inner.on('error', (error) => this.destroy(error))
      }
      if (inner.write(chunk)) callback()
      else inner.once('drain', () => callback())
    },
    flush(callback) {
      if (!inner) return callback()
      inner.once('end', () => callback())
      inner.end()
    },
  })
}

function byteCounter(limit: number): Transform {
  let total = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length
      if (total > limit) return callback(new ProxyError('too_large'))
      callback(null, chunk)
    },
  })
}

/**
 * Reads an upstream body into memory, held to the limit on the wire and again after each
 * decompression, so a gzip bomb stops at the limit rather than at the end of the bomb.
 */
export async function readBody(
  response: IncomingMessage,
  rules: BodyRules,
  signal: AbortSignal,
): Promise<Buffer> {
  const declared = Number(response.headers['content-length'])
  if (Number.isFinite(declared) && declared > rules.maxBodyBytes) throw new ProxyError('too_large')
  const decoders = createDecoders(response.headers['content-encoding'], rules.maxContentCodings)
  const chunks: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk)
      callback()
    },
  })
  try {
    const limit = () => byteCounter(rules.maxBodyBytes)
    const stages = decoders.flatMap((decoder) => [decoder, limit()])
    await pipeline([response, limit(), ...stages, sink], { signal })
  } catch (error) {
    if (error instanceof ProxyError) throw error
    if (signal.aborted) throw abortReason(signal)
    const code = String((error as NodeJS.ErrnoException).code ?? '')
    if (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__')) {
      throw new ProxyError('bad_encoding')
    }
    throw new ProxyError('upstream_error', { message: 'The feed server broke off the transfer.' })
  }
  return Buffer.concat(chunks)
}
