import type { SniffedInput } from './adapter'
import { parseJsonSafely } from './json'
import { parseXml } from './xml'

/** Parses the text once as XML, JSON or plain text, by its first character. Throws typed errors. */
export function sniff(text: string): SniffedInput {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  const first = trimmed[0]
  if (first === '<') return { kind: 'xml', text: trimmed, doc: parseXml(trimmed) }
  if (first === '{' || first === '[')
    return { kind: 'json', text: trimmed, value: parseJsonSafely(trimmed) }
  return { kind: 'text', text: trimmed }
}
