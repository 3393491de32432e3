export const MAX_JSON_DEPTH = 64
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export class JsonRefusedError extends Error {
  constructor(
    message: string,
    readonly kind: 'malformed' | 'unsafe',
  ) {
    super(message)
  }
}

/** Index of the quote that closes the string opened at `open` (one after no odd backslash run), or -1. */
function closingQuote(text: string, open: number): number {
  let close = text.indexOf('"', open + 1)
  while (close >= 0) {
    let slashes = 0
    while (text.charCodeAt(close - 1 - slashes) === 92) slashes += 1
    if (slashes % 2 === 0) return close
    close = text.indexOf('"', close + 1)
  }
  return -1
}

const isDangerousLiteral = (text: string, from: number, length: number) =>
  (length === 9 && (text.startsWith('__proto__', from) || text.startsWith('prototype', from))) ||
  (length === 11 && text.startsWith('constructor', from))

// A dangerous key hidden behind \u escapes of letters and underscores.
const ESCAPED_LETTER = /\\u00(?:5[fF]|[67][0-9a-fA-F])/

/**
 * Nesting depth of a JSON text, counted outside strings in one pass that jumps from quote to quote,
 * and whether a string literal spells a dangerous key (or one may hide behind escapes).
 */
function scanJson(text: string): { depth: number; suspicious: boolean } {
  let depth = 0
  let max = 0
  let suspicious = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) {
      const close = closingQuote(text, i)
      if (close < 0) break
      suspicious ||= isDangerousLiteral(text, i + 1, close - i - 1)
      i = close
    } else if (c === 123 || c === 91) max = Math.max(max, ++depth)
    else if (c === 125 || c === 93) depth--
  }
  return { depth: max, suspicious: suspicious || ESCAPED_LETTER.test(text) }
}

/** JSON.parse without keys that could pollute prototypes, and with a nesting cap. */
export function parseJsonSafely(text: string): unknown {
  const { depth, suspicious } = scanJson(text)
  if (depth > MAX_JSON_DEPTH) {
    throw new JsonRefusedError(`The JSON is nested deeper than ${MAX_JSON_DEPTH} levels.`, 'unsafe')
  }
  // The reviver costs a call per value, so it only runs when such a key can be present at all.
  try {
    if (!suspicious) return JSON.parse(text)
    return JSON.parse(text, (key, value: unknown) => (DANGEROUS_KEYS.has(key) ? undefined : value))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new JsonRefusedError(`The JSON is not valid: ${detail}`, 'malformed')
  }
}

export type JsonObject = Record<string, unknown>

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Own property of a parsed object, never a prototype member. */
export function field(value: unknown, name: string): unknown {
  return isJsonObject(value) && Object.hasOwn(value, name) ? value[name] : undefined
}

export function stringField(value: unknown, name: string): string | null {
  const v = field(value, name)
  if (typeof v === 'string') return v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return null
}

export function arrayField(value: unknown, name: string): unknown[] {
  const v = field(value, name)
  return Array.isArray(v) ? v : []
}
