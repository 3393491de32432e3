import DOMPurify, { type Config } from 'dompurify'
import { marked } from 'marked'
import type { BodyFormat } from '../../core/model'

/** The only attributes feed HTML keeps; `href` only on links, and only http(s) or mailto. */
export const BODY_ATTRIBUTES = [
  'href',
  'alt',
  'title',
  'colspan',
  'rowspan',
  'lang',
  'dir',
] as const
const KEPT = new Set<string>(BODY_ATTRIBUTES)
const SAFE_HREF = /^(https?:\/\/|mailto:)/i

// The only profile feed HTML is rendered with (security.md C1): text formatting, lists, tables and
// links; no images (no tracking pixels), forms, styles, SVG or MathML. No id, name, class, style,
// is, aria-* or data-*: nothing in a feed can clobber the app's globals or name its elements.
const PROFILE: Config & { RETURN_TRUSTED_TYPE: false } = {
  ALLOWED_TAGS: (
    'a b blockquote br code del div em h1 h2 h3 h4 h5 h6 hr i li ol p pre s small span strong sub sup ' +
    'table tbody td th thead tr u ul var'
  ).split(' '),
  ALLOWED_ATTR: [...BODY_ATTRIBUTES],
  FORBID_ATTR: ['id', 'name', 'is', 'class', 'style'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_TRUSTED_TYPE: false,
}

let purifier: ReturnType<typeof DOMPurify> | null = null

/** Our own DOMPurify instance: its hooks are the allow-list, and no other code can change them. */
function bodyPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier
  const instance = DOMPurify(window)
  // Called through the prototype: a feed's element may shadow its own methods (DOM clobbering).
  const proto = Element.prototype
  // An element parsed with `is` keeps that name even without the attribute, and serializing
  // writes it back; DOMPurify can only empty it (`is=""`). So the element is rebuilt without it.
  instance.addHook('uponSanitizeElement', (node) => {
    // Forms, the one element whose properties named children can shadow, are dropped anyway.
    if (!(node instanceof Element) || node instanceof HTMLFormElement) return
    if (!proto.hasAttribute.call(node, 'is')) return
    // The body is the sanitizer's root and never serialized itself: it must stay in place.
    if (node === node.ownerDocument.body || !node.parentNode) return
    const clean = node.ownerDocument.createElementNS(node.namespaceURI, node.localName)
    for (const name of proto.getAttributeNames.call(node))
      if (name !== 'is') clean.setAttribute(name, proto.getAttribute.call(node, name) ?? '')
    clean.append(...node.childNodes)
    node.replaceWith(clean)
  })
  instance.addHook('uponSanitizeAttribute', (node, event) => {
    const { attrName } = event
    const onLink = node.tagName === 'A'
    if (!KEPT.has(attrName) || (attrName === 'href' && !onLink)) event.keepAttr = false
    // Only absolute http(s) and mailto links survive: no javascript:, data: or relative tricks.
    else if (attrName === 'href' && !SAFE_HREF.test(event.attrValue.trim())) event.keepAttr = false
  })
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  })
  purifier = instance
  return instance
}

/** Feed body → safe HTML: Markdown rendered first, DOMPurify always last. */
export function sanitizeBody(body: string, format: BodyFormat): string {
  const html =
    format === 'markdown'
      ? (marked.parse(body, { async: false, gfm: true, breaks: true }) as string)
      : body
  return bodyPurifier().sanitize(html, PROFILE)
}
