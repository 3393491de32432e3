import { decodeHtmlEntities } from './entities'

const LINE_BREAK = /<\s*(br|\/div|\/tr)\b[^>]*>/gi
const PARAGRAPH_BREAK = /<\s*(\/p|\/h[1-6]|\/ul|\/ol|\/blockquote|\/pre)\b[^>]*>/gi
const LIST_ITEM = /<\s*li\b[^>]*>/gi
const ANY_TAG = /<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g
const DROPPED_BLOCKS = /<\s*(script|style|template)\b[\s\S]*?<\s*\/\s*\1\s*>/gi

/** Normalizes line endings and blank runs; keeps paragraph breaks. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * Plain text of an HTML fragment: tags removed, block ends as line breaks, entities decoded once.
 * @example htmlToText('<p>a &amp;lt; b</p>') === 'a &lt; b'
 */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(DROPPED_BLOCKS, '')
    .replace(LIST_ITEM, '\n• ')
    .replace(PARAGRAPH_BREAK, '\n\n')
    .replace(LINE_BREAK, '\n')
    .replace(ANY_TAG, '')
  return tidyText(decodeHtmlEntities(withBreaks))
}

/** Plain text of a Markdown body: emphasis, links and escapes reduced to their words. */
export function markdownToText(markdown: string): string {
  const text = markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[*+-]\s+/gm, '• ')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!~>|])/g, '$1')
  return tidyText(text)
}

/** Straight and typographic apostrophes and quotes compare equal after this. */
export function normalizeForComparison(text: string): string {
  return tidyText(text)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()
}
