/** Splits at separators outside parentheses. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) {
      const match = separator.exec(text.slice(i))
      if (match?.index === 0) {
        parts.push(text.slice(start, i))
        start = i + match[0].length
        i = start - 1
      }
    }
  }
  parts.push(text.slice(start))
  return parts.map((p) => p.trim()).filter(Boolean)
}

/** "Group (A, B)" lists two components of one group: "Group (A)" and "Group (B)". */
function expandGroup(name: string): string[] {
  const group = /^(.+?)\s*\((.+)\)$/.exec(name)
  if (!group) return [name]
  const children = splitTopLevel(group[2] ?? '', /^,\s*(?:and\s+)?|^\s+and\s+/)
  return children.length > 1 ? children.map((c) => `${group[1]} (${c})`) : [name]
}

/**
 * Component names of a Statuspage "This incident affected: …" sentence, which joins names as
 * "A, B and C" (or "A, B, and C"). A name such as "Engage (API)" is kept whole, since parentheses
 * also occur inside real component names.
 * @example parseAffectedComponents('Engage (API, Loyalty) and Mail.') === ['Engage (API)', 'Engage (Loyalty)', 'Mail']
 */
export function parseAffectedComponents(sentence: string): string[] {
  const list = sentence.trim().replace(/\.$/, '')
  return splitTopLevel(list, /^,\s*(?:and\s+)?|^\s+and\s+/).flatMap(expandGroup)
}
