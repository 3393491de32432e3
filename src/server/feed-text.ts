import { ProxyError } from './errors'

const XML_TYPES = [
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
]
const JSON_TYPES = ['application/json', 'text/json', 'application/feed+json']

/** The media type, lower-case and without parameters; '' when absent. */
const mediaTypeOf = (contentType: string | undefined): string =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''

const looksBinary = (bytes: Buffer): boolean => bytes.subarray(0, 1024).includes(0)

/** XML or JSON by the first bytes, for bodies sent without a type. */
function sniffsAsFeed(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 256)
    .toString('latin1')
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart()
  return /^(<\?xml|<rss|<feed|<rdf:RDF|\{|\[)/i.test(head)
}

/**
 * Decides whether an upstream type may be read at all, before its body is: only XML, RSS,
 * Atom, JSON and plain text pass (HTML only for discovery, which never returns it to a browser).
 */
export function isAllowedType(contentType: string | undefined, allowHtml: boolean): boolean {
  const type = mediaTypeOf(contentType)
  if (type === '' || type === 'text/plain') return true // decided on the body, below
  if (allowHtml && (type === 'text/html' || type === 'application/xhtml+xml')) return true
  return (
    XML_TYPES.includes(type) ||
    JSON_TYPES.includes(type) ||
    /^application\/[\w.-]+\+json$/.test(type)
  )
}

/** The body check for types that do not say what they hold. */
export function checkBodyType(contentType: string | undefined, bytes: Buffer): void {
  const type = mediaTypeOf(contentType)
  if (type === '' && !sniffsAsFeed(bytes)) throw new ProxyError('bad_content_type')
  if (type === 'text/plain' && looksBinary(bytes)) throw new ProxyError('bad_content_type')
}

function labelFromBom(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return undefined
}

const labelFromHeader = (contentType: string | undefined): string | undefined =>
  /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1]

const labelFromXmlDeclaration = (bytes: Buffer): string | undefined =>
  /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(
    bytes.subarray(0, 512).toString('latin1'),
  )?.[1]

/** Text by BOM, then the header charset, then the XML declaration, else UTF-8 (security.md X11). */
export function decodeFeedText(bytes: Buffer, contentType: string | undefined): string {
  const label =
    labelFromBom(bytes) ?? labelFromHeader(contentType) ?? labelFromXmlDeclaration(bytes) ?? 'utf-8'
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label)
  } catch {
    decoder = new TextDecoder('utf-8') // an unknown label: UTF-8 with replacement characters
  }
  return decoder.decode(bytes)
}
