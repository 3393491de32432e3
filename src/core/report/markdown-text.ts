import { httpUrlOrNull } from '../text/http-url'

// Characters that start inline syntax in CommonMark and GFM (code, emphasis, links, tables,
// strikethrough, headings' closing run, email autolinks): escaped wherever they occur.
const INLINE = /[\\`*_[\]|~#@!]/g
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
// Line breaks of every kind end a table row or start a block: a cell stays one line.
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g
// Other C0 controls and DEL carry no meaning in a report and can hide text in terminals.
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g
// A scheme other than http(s) directly followed by its address (`javascript:x`, `mailto:x`):
// the colon is escaped so no renderer's bare-URL autolinking turns it into a link.
const OTHER_SCHEME = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*):(?=\S)/g
// Block markers that change structure at the start of a line: list items, setext underlines.
const LEADING_MARKER = /^(\s*)([-+=]|\d{1,9}[.)])/

/**
 * Feed text as Markdown that renders to the same text, never to HTML, links or structure, even
 * in a renderer that does not sanitize: HTML is escaped as entities, syntax with backslashes.
 */
export function markdownText(text: string): string {
  return (
    text
      .replace(LINE_BREAK, ' ')
      .replace(/\t/g, ' ')
      .replace(CONTROL, '')
      .replace(/[&<>]/g, (c) => HTML[c] ?? c)
      .replace(INLINE, (c) => `\\${c}`)
      // marked still reads `\](` as the end of a link label: the parenthesis is escaped too.
      .replace(/\\\]\(/g, '\\]\\(')
      .replace(OTHER_SCHEME, (match, scheme: string) =>
        /^https?$/i.test(scheme) ? match : `${scheme}\\:`,
      )
      .replace(LEADING_MARKER, (_match, space: string, marker: string) =>
        marker.length === 1
          ? `${space}\\${marker}`
          : `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
      )
  )
}

// Kept literal in a link destination; everything else is percent-encoded, `&` as an entity.
const DESTINATION_SAFE = /[^A-Za-z0-9\-._~:/?#@!$'+,;=%&]/g

const percentEncoded = (c: string) =>
  encodeURIComponent(c).replace(/[()*]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`)

/** `[text](url)` when the address is absolute http(s); otherwise the escaped text alone. */
export function markdownLink(text: string, url: string | null): string {
  const label = markdownText(text)
  const href = httpUrlOrNull(url)
  if (href === null) return label
  const destination = new URL(href).href
    .replace(DESTINATION_SAFE, percentEncoded)
    .replace(/&/g, '&amp;')
  return `[${label || destination}](${destination})`
}
