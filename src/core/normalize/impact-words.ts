import { IMPACT_LEVELS, type ImpactLevel, type IncidentUpdate } from '../model'
import { inferImpactFromTitle } from './impact'
import { isResolvingStatus } from './statuses'

type StatedLevel = Exclude<ImpactLevel, 'unknown' | 'none'>

/** The phrases vendors use for each level; partial ones are read first so they cannot read as major. */
const PHRASES: readonly (readonly [StatedLevel, RegExp])[] = [
  ['partial_outage', /\b(?:degraded availability|partial(?:ly)? outage|partially unavailable)\b/gi],
  ['major_outage', /\b(?:major outage|full outage|is down|(?:are|were|was) down|unavailable)\b/gi],
  ['degraded_performance', /\bdegraded performance\b/gi],
]

// Each phrase above holds one of these words, so a text without them states no level.
const ANY_PHRASE_WORD = /degraded|outage|unavailable|down/i

/** "no longer unavailable", "not degraded availability": a negated phrase states nothing. */
const NEGATED = /\b(?:no longer|not|no|never)\s+(?:been\s+|be\s+)?$/i

const worst = (levels: readonly ImpactLevel[]): ImpactLevel | null =>
  IMPACT_LEVELS.find((level) => levels.includes(level)) ?? null

/**
 * The worst level a sentence states in the vendor's standard words, or null when it states none
 * ("We are investigating reports", "no impact").
 * @example impactFromWords('reports of degraded availability for Actions') === 'partial_outage'
 */
export function impactFromWords(text: string): ImpactLevel | null {
  // Most updates name no level: one scan for the words every phrase holds spares three passes.
  if (!ANY_PHRASE_WORD.test(text)) return null
  let rest = text
  const found: ImpactLevel[] = []
  for (const [level, phrase] of PHRASES) {
    rest = rest.replace(phrase, (match: string, offset: number) => {
      if (!NEGATED.test(rest.slice(Math.max(0, offset - 20), offset))) found.push(level)
      return ' '.repeat(match.length)
    })
  }
  return worst(found)
}

/** Updates published before the first resolving one (a postmortem looks back, it states nothing new). */
export function updatesBeforeResolution(updates: readonly IncidentUpdate[]): IncidentUpdate[] {
  const end = updates.findIndex((u) => isResolvingStatus(u.status))
  return end === -1 ? [...updates] : updates.slice(0, end)
}

/**
 * Impact when the source states none: the worst level the title's words or any update before
 * resolution states; `unknown` when they state none. `updates` oldest first.
 */
export function inferImpact(title: string, updates: readonly IncidentUpdate[]): ImpactLevel {
  const fromTitle = inferImpactFromTitle(title)
  const levels = [
    fromTitle,
    ...[title, ...updatesBeforeResolution(updates).map((u) => u.text)].map(impactFromWords),
  ].filter((level): level is ImpactLevel => level !== null)
  return worst(levels.filter((level) => level !== 'unknown')) ?? 'unknown'
}
