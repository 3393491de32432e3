import { IMPACT_LEVELS, type ImpactLevel, type IncidentUpdate } from '../../model'
import { decodeHtmlEntities } from '../../text/entities'
import { htmlToText, markdownToText, tidyText } from '../../text/html-to-text'
import { parseInstantMs, toIsoUtc } from '../../time/instants'

/** ISO UTC of a dated text, or throws so the caller's readEach skips the item with a warning. */
export function requiredInstant(text: string | null | undefined, what: string): string {
  const ms = parseInstantMs(text)
  if (ms === null) throw new Error(`${what} "${text ?? ''}" is not a readable date`)
  return toIsoUtc(ms)
}

/** ISO UTC of an optional dated text; an unreadable one is reported and left out. */
export function optionalInstant(
  text: string | null | undefined,
  what: string,
  warnings: string[],
): string | null {
  if (text === null || text === undefined || text.trim() === '') return null
  const ms = parseInstantMs(text)
  if (ms === null) warnings.push(`Ignored ${what} "${text}": it is not a readable date.`)
  return ms === null ? null : toIsoUtc(ms)
}

export function markdownUpdate(at: string, status: string, markdown: string): IncidentUpdate {
  const plain = markdownToText(markdown)
  const decoded = decodeHtmlEntities(plain)
  // markdownToText tidied already: only decoded entities can leave something to tidy.
  const text = decoded === plain ? plain : tidyText(decoded)
  return { at, status, text, body: markdown, bodyFormat: 'markdown' }
}

export function htmlUpdate(at: string, status: string, html: string): IncidentUpdate {
  return { at, status, text: htmlToText(html), body: html, bodyFormat: 'html' }
}

/** Plain-text JSON bodies (status.io, Slack, Heroku): no entity layer, only line endings tidied. */
export function plainUpdate(at: string, status: string, body: string): IncidentUpdate {
  return { at, status, text: tidyText(body), body, bodyFormat: 'text' }
}

/** The worst of the given levels (IMPACT_LEVELS is worst first), or null when none is given. */
export function worstImpact(levels: readonly (ImpactLevel | null)[]): ImpactLevel | null {
  const given = levels.filter((level): level is ImpactLevel => level !== null)
  if (given.length === 0) return null
  return IMPACT_LEVELS.find((level) => given.includes(level)) ?? null
}

// The last address read, with its base and result.
// Not core/memo's createMemo: the JSON key of address and base it needs costs more than the parse.
let lastLink: { address: string | null | undefined; base?: string; href: string | null } = {
  address: null,
  href: null,
}

/** An http(s) address, resolved against `base` when relative; anything else (javascript:, junk) is null. */
export function webLink(address: string | null | undefined, base?: string): string | null {
  // A feed's items often share one link (AWS): the URL is parsed once for a run of them.
  if (address !== lastLink.address || base !== lastLink.base)
    lastLink = { address, base, href: readWebLink(address, base) }
  return lastLink.href
}

function readWebLink(address: string | null | undefined, base?: string): string | null {
  if (!address?.trim()) return null
  try {
    const url = new URL(address.trim(), base)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}
