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

/** Nesting depth of a JSON text, counted outside strings in one pass. */
export function jsonDepth(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash escapes the next character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) max = Math.max(max, ++depth)
    else if (c === 125 || c === 93) depth--
  }
  return max
}

/** JSON.parse without keys that could pollute prototypes, and with a nesting cap. */
export function parseJsonSafely(text: string): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new JsonRefusedError(`The JSON is nested deeper than ${MAX_JSON_DEPTH} levels.`, 'unsafe')
  }
  // The reviver costs a call per value, so it only runs when such a key can be present at all,
  // spelled out or hidden behind \u escapes of letters and underscores.
  const suspicious = /__proto__|constructor|prototype|\\u00(?:5[fF]|[67][0-9a-fA-F])/.test(text)
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
