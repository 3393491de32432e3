import type { IncidentUpdate } from '../model'
import { updatesBeforeResolution } from './impact-words'

/** "reports of degraded performance for A and B", "reports of issues with service(s): A, B". */
const REPORT_PHRASE =
  /\breports? of [a-z ]{1,40}? (?:for|with) (?:service\(s\):\s*)?([^.;:!?()\n]+)/gi
/** "Incident with A, B and C", "Disruption with Actions", "Scheduled Maintenance for Pages". */
const TITLE_LIST =
  /^(?:[A-Za-z]+ ){0,2}?(?:incident|disruption|outage|degradation|issues?|problems?|maintenance)s? (?:with|for) ([^.;:!?()]+)$/i
/** Words that end a list of names: "for Codespaces in the East US region", "… due to …". */
const LIST_END =
  /\s(?:in|on|from|due|across|when|where|that|which|while|as|since|after|before|during|at|because|is|are|was|were|has|have|to)\s.*$/
/** "some GitHub services", "all services", "the new code view": not a component's name. */
const GENERIC = /^(?:some|all|multiple|several|many|various|other|our|the|a|an|any|this|these)\b/i

function splitList(list: string): string[] {
  return list
    .replace(LIST_END, '')
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '' && name.length <= 60 && !GENERIC.test(name))
}

/** Drops the vendor's own name before a component's ("GitHub Actions" on GitHub's page: "Actions"). */
function withoutVendorPrefix(name: string, vendor: string): string {
  const prefix = `${vendor.trim()} `
  return vendor.trim() !== '' && name.toLowerCase().startsWith(prefix.toLowerCase())
    ? name.slice(prefix.length).trim() || name
    : name
}

/**
 * Components named in the vendor's standard phrases before resolution, else in the title's list;
 * as written, less the vendor's own name. `updates` oldest first.
 * @example componentsFromWords('Incident with Actions and Pages', [], 'GitHub') → ['Actions', 'Pages']
 */
export function componentsFromWords(
  title: string,
  updates: readonly IncidentUpdate[],
  vendor: string,
): string[] {
  const fromPhrases = updatesBeforeResolution(updates).flatMap((u) =>
    [...u.text.matchAll(REPORT_PHRASE)].flatMap((m) => splitList(m[1] ?? '')),
  )
  const fromTitle = splitList(TITLE_LIST.exec(title.trim())?.[1] ?? '')
  const names = fromPhrases.length > 0 ? fromPhrases : fromTitle
  return [...new Set(names.map((name) => withoutVendorPrefix(name, vendor)))]
}

const comparable = (name: string, vendor: string) =>
  withoutVendorPrefix(name, vendor).toLowerCase().replace(/\s+/g, ' ')

/**
 * Inferred names matched to the vendor's known components (case, spacing and the vendor's prefix
 * aside), written as the vendor writes them. With `strict` (a full components list is known)
 * unmatched names are dropped; otherwise they are kept as written.
 */
export function matchKnownComponents(
  names: readonly string[],
  known: readonly string[],
  vendor: string,
  strict: boolean,
): string[] {
  const byComparable = new Map(known.map((name) => [comparable(name, vendor), name]))
  const matched = names.flatMap((name) => {
    const hit = byComparable.get(comparable(name, vendor))
    return hit !== undefined ? [hit] : strict ? [] : [name]
  })
  return [...new Set(matched)]
}
