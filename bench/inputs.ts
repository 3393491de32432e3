import { readdirSync, readFileSync } from 'node:fs'

const fixtureDir = new URL('../src/core/__fixtures__/', import.meta.url)

export const fixture = (path: string) => readFileSync(new URL(path, fixtureDir), 'utf8')

/** Every real Atom/RSS sample and the RSS seed, by file name. */
export function xmlSamples(): { name: string; text: string }[] {
  const real = readdirSync(new URL('real/', fixtureDir))
    .filter((name) => /\.(atom|rss)$/.test(name))
    .map((name) => ({ name, text: fixture(`real/${name}`) }))
  return [
    ...real,
    { name: 'maestra-status-history.rss', text: fixture('seeds/maestra-status-history.rss') },
  ]
}

// Years in ISO instants (2026-08-21T…) and in RFC 822 dates (Wed, 04 Feb 2026 …).
const ISO_YEAR = /\b(\d{4})(-\d\d-\d\dT)/g
const RFC_YEAR = /(\d\d? [A-Z][a-z]{2} )(\d{4})\b/g

/** A copy of a feed's entries moved `years` back in time, with its ids and links made its own. */
export function shiftedCopy(entries: string, years: number): string {
  return entries
    .replace(ISO_YEAR, (_, year: string, rest: string) => `${Number(year) - years}${rest}`)
    .replace(RFC_YEAR, (_, day: string, year: string) => `${day}${Number(year) - years}`)
    .replace(/(Incident\/\d+)/g, `$1${years}`)
    .replace(/(incidents\/\w+)/g, `$1y${years}`)
}

/**
 * The B1 input (≈ 1 MB Atom): the entries of every real Statuspage Atom sample, in distinct copies
 * shifted back by whole years, so each copy is new incidents rather than duplicates to merge.
 */
export function scaledAtom(copies = 2): string {
  const atoms = xmlSamples().filter(
    (s) => s.name.startsWith('statuspage-history-') && s.name.endsWith('.atom'),
  )
  const first = atoms[0]?.text ?? ''
  const head = first.slice(0, first.indexOf('<entry>'))
  const bodies = atoms.map(({ text }) =>
    text.slice(text.indexOf('<entry>'), text.lastIndexOf('</entry>') + '</entry>'.length),
  )
  const parts: string[] = []
  for (let k = 0; k < copies; k++) for (const body of bodies) parts.push(shiftedCopy(body, k * 12))
  return `${head}${parts.join('\n')}\n</feed>\n`
}
