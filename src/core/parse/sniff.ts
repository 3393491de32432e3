import type { SniffedInput } from './adapter'
import { JsonRefusedError, parseJsonSafely } from './json'
import { parseXml } from './xml'

/** Parses the text once as XML, JSON or plain text, by its first character. Throws typed errors. */
export function sniff(text: string): SniffedInput {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  const first = trimmed[0]
  if (first === '<') return { kind: 'xml', text: trimmed, doc: parseXml(trimmed) }
  if (first !== '{' && first !== '[') return { kind: 'text', text: trimmed }
  try {
    return { kind: 'json', text: trimmed, value: parseJsonSafely(trimmed) }
  } catch (error) {
    // "[Engage] API issues" opens a pasted incident page: the text adapters get a look at it.
    if (error instanceof JsonRefusedError && error.kind === 'malformed') {
      return { kind: 'text', text: trimmed, notJson: error }
    }
    throw error
  }
}
