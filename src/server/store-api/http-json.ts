import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import { sendCompressible } from '../compression'
import { API_CSP } from '../security-headers'
import { StoreApiError } from './api-error'

/** Reads a JSON body of at most `maxBytes`, refusing anything else before it is all read. */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase()
  if (type !== 'application/json') {
    throw new StoreApiError('unsupported_media_type', 'Send the body as application/json.')
  }
  const declared = Number(req.headers['content-length'] ?? 0)
  const tooLarge = () =>
    new StoreApiError('too_large', `The body is larger than ${Math.round(maxBytes / 1024)} KB.`)
  if (declared > maxBytes) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw tooLarge()
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new StoreApiError('bad_request', 'The body is not valid JSON.')
  }
}

/** Validates with zod; the 400 names the first few problems by path. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
  throw new StoreApiError('bad_request', `The request is not valid. ${problems.join('; ')}`, {
    problems,
  })
}

export async function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  value: unknown,
): Promise<void> {
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Content-Security-Policy', API_CSP)
  res.setHeader('Content-Disposition', 'attachment')
  res.setHeader('Cache-Control', 'no-store')
  await sendCompressible(req, res, status, Buffer.from(JSON.stringify(value)))
}
