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

/** Nesting depth of a JSON text, counted outside strings in one pass that jumps from quote to quote. */
function textDepth(text: string): number {
  let depth = 0
  let max = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) {
      const close = closingQuote(text, i)
      if (close < 0) break
      i = close
    } else if (c === 123 || c === 91) max = Math.max(max, ++depth)
    else if (c === 125 || c === 93) depth--
  }
  return max
}

/**
 * Walks a parsed container no deeper than MAX_JSON_DEPTH, deleting keys that could pollute
 * prototypes (as a reviver returning undefined would); false when the value nests deeper.
 */
function settle(container: object, depth: number): boolean {
  if (depth > MAX_JSON_DEPTH) return false
  if (Array.isArray(container)) {
    for (const item of container as unknown[]) {
      if (typeof item === 'object' && item !== null && !settle(item, depth + 1)) return false
    }
    return true
  }
  const record = container as Record<string, unknown>
  // for…in lists own keys named __proto__ too (JSON.parse defines them as plain own properties).
  for (const key in record) {
    if (DANGEROUS_KEYS.has(key)) {
      delete record[key]
      continue
    }
    const item = record[key]
    if (typeof item === 'object' && item !== null && !settle(item, depth + 1)) return false
  }
  return true
}

const tooDeep = () =>
  new JsonRefusedError(`The JSON is nested deeper than ${MAX_JSON_DEPTH} levels.`, 'unsafe')

/**
 * JSON.parse without keys that could pollute prototypes, and with a nesting cap. JSON.parse runs
 * first (it nests without recursion) and one walk of the result does both checks: a text scan
 * costs as much as the parse, so it only runs to tell a deep broken text from a shallow one.
 */
export function parseJsonSafely(text: string): unknown {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    if (textDepth(text) > MAX_JSON_DEPTH) throw tooDeep()
    const detail = error instanceof Error ? error.message : String(error)
    throw new JsonRefusedError(`The JSON is not valid: ${detail}`, 'malformed')
  }
  if (typeof value === 'object' && value !== null && !settle(value, 1)) throw tooDeep()
  return value
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
