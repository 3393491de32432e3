import type { BodyFormat } from '../../model'
import { htmlToText, markdownToText, tidyText } from '../../text/html-to-text'

const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i
// Strong Markdown signals only: a link `[text](url)` or `**bold**`.
const MARKDOWN = /\[[^\]\n]+\]\([^)\s]+[^)\n]*\)|\*\*[^*\n]+\*\*/

export interface ReadBody {
  text: string
  body: string
  bodyFormat: BodyFormat
}

/**
 * An update body: HTML when it has tags (Statuspage's imported incidents), Markdown for incident.io
 * or when it holds Markdown links or bold, plain text otherwise. JSON adds no entity layer, so the
 * text decodes HTML and Markdown entities once and leaves plain text as written.
 */
export function readBody(body: string, markdownByDefault: boolean): ReadBody {
  if (markdownByDefault)
    return { text: htmlToText(markdownToText(body)), body, bodyFormat: 'markdown' }
  if (HTML_TAG.test(body)) return { text: htmlToText(body), body, bodyFormat: 'html' }
  if (MARKDOWN.test(body))
    return { text: htmlToText(markdownToText(body)), body, bodyFormat: 'markdown' }
  return { text: tidyText(body), body, bodyFormat: 'text' }
}
