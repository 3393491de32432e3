import { decodeHtmlEntities } from './entities'

const LINE_BREAK = /<\s*(br|\/div|\/tr)\b[^<>]*>/gi
const PARAGRAPH_BREAK = /<\s*(\/p|\/h[1-6]|\/ul|\/ol|\/blockquote|\/pre)\b[^<>]*>/gi
const LIST_ITEM = /<\s*li\b[^<>]*>/gi
// [^<>] keeps every pattern linear on hostile input such as '<a' repeated 50 000 times.
const ANY_TAG = /<\/?[A-Za-z][^<>]*>/g

const HIDDEN = [
  { open: '<!--', close: '-->' },
  { open: '<script', close: '</script>' },
  { open: '<style', close: '</style>' },
  { open: '<template', close: '</template>' },
]

const HAS_HIDDEN = /<(?:!--|script|style|template)/i

/** Removes comments and script/style/template blocks; each indexOf only moves forward (linear). */
function dropHiddenBlocks(html: string): string {
  if (!HAS_HIDDEN.test(html)) return html
  const lower = html.toLowerCase()
  const next = HIDDEN.map((block) => lower.indexOf(block.open))
  let out = ''
  let at = 0
  for (;;) {
    HIDDEN.forEach((block, i) => {
      if ((next[i] ?? -1) >= 0 && (next[i] ?? 0) < at) next[i] = lower.indexOf(block.open, at)
    })
    let first = -1
    next.forEach((index, i) => {
      if (index >= 0 && (first < 0 || index < (next[first] ?? 0))) first = i
    })
    const block = HIDDEN[first]
    const index = next[first] ?? -1
    if (!block || index < 0) return out + html.slice(at)
    out += html.slice(at, index)
    const close = lower.indexOf(block.close, index + block.open.length)
    if (close < 0) return out
    at = close + block.close.length
  }
}

// Only runs that change: a lone space is left alone instead of being replaced with itself.
const BLANK_RUN = /[\t\f\v\u00a0][ \t\f\v\u00a0]*| [ \t\f\v\u00a0]+/g
// Inside a text, anything tidyText would change: \r, a blank other than a lone space, a space by
// a line break, or three line breaks. The ends are checked on their own (what trim() removes).
const UNTIDY = /[\r\t\f\v\u00a0]| [ \n]|\n |\n\n\n/
const SPACE = /\s/
const isTidy = (text: string) =>
  !UNTIDY.test(text) && !SPACE.test(text.charAt(0)) && !SPACE.test(text.charAt(text.length - 1))

/**
 * Normalizes line endings and blank runs: runs of spaces become one, spaces around line breaks go,
 * at most one blank line is kept, and the ends are trimmed. Each pattern is linear (no nested
 * quantifiers), and native regex passes beat a character loop on long bodies.
 */
export function tidyText(text: string): string {
  // Most update texts are tidy already: one scan then spares four replace passes and their copies.
  if (isTidy(text)) return text
  return text
    .replace(/\r\n?/g, '\n')
    .replace(BLANK_RUN, ' ')
    .replace(/ \n ?|\n /g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * Plain text of an HTML fragment: tags removed, block ends as line breaks, entities decoded once.
 * @example htmlToText('<p>a &amp;lt; b</p>') === 'a &lt; b'
 */
export function htmlToText(html: string): string {
  // Without a '<' no block can hide and no tag can match: only the entities and blanks are left.
  if (!html.includes('<')) return tidyText(decodeHtmlEntities(html))
  const withBreaks = dropHiddenBlocks(html)
    .replace(LIST_ITEM, '\n• ')
    .replace(PARAGRAPH_BREAK, '\n\n')
    .replace(LINE_BREAK, '\n')
    .replace(ANY_TAG, '')
  return tidyText(decodeHtmlEntities(withBreaks))
}

// Each pass runs only when its marker is in the text: without it the pattern cannot match.
const MARKDOWN_PASSES: readonly { marker: string | RegExp; pattern: RegExp; to: string }[] = [
  // Bounded repetitions keep these linear on hostile input such as '[' or '**' repeated.
  { marker: '![', pattern: /!\[([^\]\n]{0,500})\]\([^)\n]{0,1000}\)/g, to: '$1' },
  {
    marker: '](',
    pattern: /\[([^\]\n]{0,500})\]\(([^)\s]{0,1000})(?:\s+"[^"\n]{0,500}")?\)/g,
    to: '$1',
  },
  { marker: '**', pattern: /\*\*([^*\n]{1,1000})\*\*/g, to: '$1' },
  { marker: '__', pattern: /__([^_\n]{1,1000})__/g, to: '$1' },
  { marker: '*', pattern: /(^|[^*\w])\*(?!\s)([^*\n]{1,1000})\*(?!\w)/g, to: '$1$2' },
  { marker: '#', pattern: /^#{1,6}\s+/gm, to: '' },
  { marker: /[*+-]\s/, pattern: /^\s*[*+-]\s+/gm, to: '• ' },
  { marker: '`', pattern: /`([^`]+)`/g, to: '$1' },
  { marker: '\\', pattern: /\\([\\`*_{}[\]()#+\-.!~>|])/g, to: '$1' },
]

/** Plain text of a Markdown body: emphasis, links and escapes reduced to their words. */
export function markdownToText(markdown: string): string {
  let text = markdown
  for (const { marker, pattern, to } of MARKDOWN_PASSES) {
    const present = typeof marker === 'string' ? text.includes(marker) : marker.test(text)
    if (present) text = text.replace(pattern, to)
  }
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
