import type { XmlNode, XmlObject } from './xml'

/**
 * Elements that hold an item's long body. The parser keeps them raw (fxp stopNodes): its
 * char-by-char text loop costs more than the rest of the parse on escaped-HTML feeds.
 */
const BODY_TAGS = ['content', 'description', 'summary', 'content:encoded'] as const

// fxp's `*.tag` pattern: the element at any depth below the root.
export const BODY_STOP_NODES = BODY_TAGS.map((tag) => `*.${tag}`)

const isBodyTag = (key: string) => (BODY_TAGS as readonly string[]).includes(key)

/** Parses `<a><b>…<body>raw</body>…</b></a>` as the full parser would; returns `body`'s value. */
type FragmentParser = (path: readonly string[], raw: string) => XmlNode

const TEXT = '#text'

const CDATA_OPEN = '<![CDATA['
const CDATA_CLOSE = ']]>'

/** The text of a body that is one CDATA section between blanks, as the full parser keeps it. */
function loneCdata(raw: string): string | null {
  const body = raw.trim()
  if (!body.startsWith(CDATA_OPEN)) return null
  const close = body.indexOf(CDATA_CLOSE, CDATA_OPEN.length)
  return close === body.length - CDATA_CLOSE.length ? body.slice(CDATA_OPEN.length, close) : null
}

/** What the full parser makes of a body's raw inner text: trimmed text, CDATA, or parsed markup. */
function innerValue(raw: string, path: readonly string[], parse: FragmentParser): XmlNode {
  if (!raw.includes('<')) return raw.trim()
  const cdata = loneCdata(raw)
  return cdata === null ? parse(path, raw) : { '#cdata': cdata }
}

/** A raw body as the full parser would have built it, attributes kept after the content. */
function expandBody(value: XmlNode, path: readonly string[], parse: FragmentParser): XmlNode {
  if (typeof value === 'string') return innerValue(value, path, parse)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const { [TEXT]: raw, ...attributes } = value
  const inner = innerValue(typeof raw === 'string' ? raw : '', path, parse)
  if (inner === '') return attributes
  if (typeof inner === 'string') return { [TEXT]: inner, ...attributes }
  return { ...(inner as XmlObject), ...attributes }
}

function walk(node: XmlNode, path: string[], parse: FragmentParser): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, path, parse)
    return
  }
  if (typeof node !== 'object' || node === null) return
  for (const key of Object.keys(node)) {
    if (key === TEXT || key === '#cdata' || key.startsWith('@_')) continue
    const value = node[key]
    // Most keys are text leaves: a child path is built only for a body or an element to enter.
    if (path.length > 0 && isBodyTag(key)) {
      const childPath = [...path, key]
      node[key] = Array.isArray(value)
        ? value.map((v) => expandBody(v, childPath, parse))
        : expandBody(value, childPath, parse)
    } else if (typeof value === 'object' && value !== null) walk(value, [...path, key], parse)
  }
}

/**
 * Turns the raw bodies of a document parsed with BODY_STOP_NODES into what the full parser gives
 * (in place): plain text is trimmed, and only bodies holding markup are parsed, on their own.
 */
export function expandBodies(doc: XmlObject, parse: FragmentParser): XmlObject {
  walk(doc, [], parse)
  return doc
}
