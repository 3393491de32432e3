import { XMLParser } from 'fast-xml-parser'
import { decodeXmlEntities } from '../text/entities'
import { decodeXmlText, forgetDecodedText } from './decoded-text'
import { vouchWellFormed } from './well-formed'
import { BODY_STOP_NODES, expandBodies } from './xml-bodies'

export const MAX_FEED_CHARS = 16 * 1024 * 1024
const MAX_NESTING = 64

export type XmlNode = string | number | boolean | null | undefined | XmlObject | XmlNode[]
export interface XmlObject {
  [key: string]: XmlNode
}

export class XmlRefusedError extends Error {
  constructor(
    message: string,
    readonly kind: 'malformed' | 'unsafe' | 'too_large',
  ) {
    super(message)
  }
}

// One configuration for every XML feed (security.md B2/B3, performance.md §7): no entity
// expansion (we decode the five XML entities once ourselves), no number coercion, CDATA kept
// apart so it is never entity-decoded, no path strings built for callbacks (jPath).
export const XML_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: '#cdata',
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  allowBooleanAttributes: false,
  maxNestedTags: MAX_NESTING,
  jPath: false,
  isArray: (name: string) => name === 'item' || name === 'entry',
} as const

// Bodies come out raw; the few that hold markup go through the full parser (xml-bodies.ts).
const parser = new XMLParser({ ...XML_OPTIONS, stopNodes: BODY_STOP_NODES })
const fragmentParser = new XMLParser(XML_OPTIONS)

/** A body's raw text parsed at its own path, so nesting limits and array rules apply as before. */
function parseFragment(path: readonly string[], raw: string): XmlNode {
  const open = path.map((name) => `<${name}>`).join('')
  const close = path
    .toReversed()
    .map((name) => `</${name}>`)
    .join('')
  let node: XmlNode = fragmentParser.parse(`${open}${raw}${close}`) as XmlObject
  for (const name of path) node = asArray(child(node, name))[0]
  return node
}

// Markup that may hold "<!DOCTYPE" as text (CDATA, comments, processing instructions), or a tag.
const MARKUP = /<!\[CDATA\[|<!--|<\?|<!(?:DOCTYPE|ENTITY)|<[A-Za-z_:]/gi
const CONTENT_MARKUP = /<!\[CDATA\[|<!--|<\?|<!(?:DOCTYPE|ENTITY)/gi
const MARKUP_END: Record<string, string> = { '<![CDATA[': ']]>', '<!--': '-->', '<?': '?>' }

/**
 * Where the text declares a DOCTYPE or an entity: in the prolog (before the root element), in the
 * content (markup no feed has), or nowhere. The words inside CDATA, comments or escaped text are text.
 */
export function findDeclaration(text: string): 'prolog' | 'content' | null {
  let markup = new RegExp(MARKUP)
  let inContent = false
  for (let match = markup.exec(text); match; match = markup.exec(text)) {
    const token = match[0].toUpperCase()
    const end = MARKUP_END[token]
    if (end !== undefined) {
      const close = text.indexOf(end, markup.lastIndex)
      // Unterminated: the parser reports the document as malformed.
      if (close < 0) return null
      markup.lastIndex = close + end.length
    } else if (token.startsWith('<!')) return inContent ? 'content' : 'prolog'
    else if (!inContent) {
      inContent = true
      // Past the first tag, tags change nothing: the scan goes on for the other markup only.
      const rest = new RegExp(CONTENT_MARKUP)
      rest.lastIndex = markup.lastIndex
      markup = rest
    }
  }
  return null
}

/** Parses a feed document after refusing what status feeds never need (DTDs, entities). */
export function parseXml(text: string): XmlObject {
  if (text.length > MAX_FEED_CHARS)
    throw new XmlRefusedError('The document is larger than 16 MiB.', 'too_large')
  forgetDecodedText()
  const declaration = findDeclaration(text)
  if (declaration === 'prolog') {
    throw new XmlRefusedError(
      'The document declares a DOCTYPE or entities, which feeds never need.',
      'unsafe',
    )
  }
  if (declaration === 'content') {
    throw new XmlRefusedError(
      'The XML is not well-formed: a DOCTYPE or entity declaration stands inside the document.',
      'malformed',
    )
  }
  let parsed: unknown
  try {
    const document = text.replace(/^\uFEFF/, '')
    // fxp's validator runs only where the fast check cannot vouch, so it still words the refusal.
    parsed = parser.parse(document, !vouchWellFormed(document))
    if (typeof parsed === 'object' && parsed !== null)
      parsed = expandBodies(parsed as XmlObject, parseFragment)
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new XmlRefusedError(`The XML is not well-formed: ${detail}`, 'malformed')
  }
  if (typeof parsed !== 'object' || parsed === null)
    throw new XmlRefusedError('The XML is empty.', 'malformed')
  return parsed as XmlObject
}

export function isXmlObject(node: XmlNode | unknown): node is XmlObject {
  return typeof node === 'object' && node !== null && !Array.isArray(node)
}

export function asArray(node: XmlNode): XmlNode[] {
  if (node === undefined || node === null) return []
  return Array.isArray(node) ? node : [node]
}

export function child(node: XmlNode, name: string): XmlNode {
  if (!isXmlObject(node) || !Object.hasOwn(node, name)) return undefined
  return node[name]
}

/** Text of an element: XML-decoded text parts plus raw CDATA, in document order. */
export function textOf(node: XmlNode): string {
  if (node === undefined || node === null) return ''
  if (typeof node === 'string') return decodeXmlText(node)
  if (typeof node === 'number' || typeof node === 'boolean') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join('')
  let text = ''
  for (const [key, value] of Object.entries(node)) {
    if (key === '#text') text += textOf(value)
    else if (key === '#cdata')
      text += asArray(value)
        .map((v) => (typeof v === 'string' ? v : textOf(v)))
        .join('')
  }
  return text
}

/**
 * False when an element's text cannot hold `word` (a pattern of letters, digits and ':'), read
 * from its raw string without decoding it: the five XML entities decode to none of those
 * characters, so only a numeric reference could spell what the raw text lacks.
 */
export function mayHoldWord(node: XmlNode, word: RegExp): boolean {
  return typeof node !== 'string' || node.includes('&#') || word.test(node)
}

export function childText(node: XmlNode, name: string): string {
  return textOf(asArray(child(node, name))[0]).trim()
}

export function attr(node: XmlNode, name: string): string | null {
  const value = child(node, `@_${name}`)
  return typeof value === 'string' ? decodeXmlEntities(value) : null
}
