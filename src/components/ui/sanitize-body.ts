import DOMPurify from 'dompurify'
import { marked } from 'marked'
import type { BodyFormat } from '../../core/model'

// The only profile feed HTML is rendered with (security.md C1): text formatting, lists, tables and
// links; no images (no tracking pixels), forms, styles, SVG or MathML.
const PROFILE = {
  ALLOWED_TAGS: (
    'a b blockquote br code del div em h1 h2 h3 h4 h5 h6 hr i li ol p pre s small span strong sub sup ' +
    'table tbody td th thead tr u ul var'
  ).split(' '),
  ALLOWED_ATTR: ['href', 'title'],
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
}

let hooked = false

function addLinkHook() {
  if (hooked) return
  hooked = true
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return
    // Only absolute http(s) and mailto links survive: no javascript:, data: or relative tricks.
    const href = (node.getAttribute('href') ?? '').trim()
    if (!/^(https?:\/\/|mailto:)/i.test(href)) node.removeAttribute('href')
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  })
}

/** Feed body → safe HTML: Markdown rendered first, DOMPurify always last. */
export function sanitizeBody(body: string, format: BodyFormat): string {
  addLinkHook()
  const html =
    format === 'markdown'
      ? (marked.parse(body, { async: false, gfm: true, breaks: true }) as string)
      : body
  return DOMPurify.sanitize(html, { ...PROFILE, RETURN_TRUSTED_TYPE: false }) as string
}
