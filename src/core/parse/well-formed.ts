/**
 * A fast check that vouches for a document fast-xml-parser's validator accepts: true only when
 * `XMLValidator.validate(text)` (default options) returns true. It follows the validator's rules
 * with indexOf and regex passes instead of its char-by-char loop, and answers false on anything
 * unusual, so the caller runs the validator itself there (and reports its exact message).
 */

// The validator's isName (fast-xml-parser src/util.js).
const NAME_START =
  ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD'
// fxp's name characters; its combining marks (U+0300–U+036F) get a class of their own for the linter.
const NAME_CHAR = `${NAME_START}\\-.\\d\\u00B7\\u203F-\\u2040`
const NAME = new RegExp(`^[${NAME_START}](?:[${NAME_CHAR}]|[\\u0300-\\u036F])*$`)

// The validator's whitespace is these four characters only.
// Up to the first '>' outside quotes, as its readAttributeStr reads it.
const TAG_REST = /(?:[^>"']|"[^"]*"|'[^']*')*>/y
const ATTRIBUTE = /[ \t\n\r]+([^ \t\n\r=]+)[ \t\n\r]*=[ \t\n\r]*(?:"[^"]*"|'[^']*')/y
const NOT_BLANK = /[^ \t\n\r]/
// An '&' that does not start a reference its validateAmpersand accepts.
const BAD_AMPERSAND = /&(?!(?:#(?:x[\da-fA-F]*|\d*)|\w{1,20});)/

function attributesValid(attributes: string): boolean {
  // Most tags have none: nothing to read, and no set to make.
  if (attributes === '') return true
  const seen = new Set<string>()
  let at = 0
  for (;;) {
    ATTRIBUTE.lastIndex = at
    const match = ATTRIBUTE.exec(attributes)
    if (!match) break
    const name = match[1] ?? ''
    if (!NAME.test(name) || seen.has(name)) return false
    seen.add(name)
    at = ATTRIBUTE.lastIndex
  }
  return !NOT_BLANK.test(attributes.slice(at))
}

/** Where a comment, CDATA section or processing instruction that opens at `lt` ends; -1 if unusual. */
function skipMarkup(text: string, lt: number, inProlog: boolean): number {
  const next = text.charCodeAt(lt + 1)
  if (next === 63 /* ? */) {
    const target = lt + 2
    const declaration = text.startsWith('xml', target) && /[? ]/.test(text.charAt(target + 3))
    if (inProlog && declaration && lt > 0) return -1
    const end = text.indexOf('?>', inProlog ? target : lt + 1)
    return end < 0 ? -1 : end + 2
  }
  if (text.startsWith('<!--', lt) && text.length > lt + 6) {
    const end = text.indexOf('-->', lt + 4)
    return end < 0 ? -1 : end + 3
  }
  if (text.startsWith('<![CDATA[', lt) && text.length > lt + 10) {
    const end = text.indexOf(']]>', lt + 9)
    return end < 0 ? -1 : end + 3
  }
  return -1
}

/** The end of the tag name that starts at `from`: up to '>' or the validator's whitespace. */
function tagNameEnd(text: string, from: number): number {
  let end = from
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end)
    if (code === 62 /* > */ || code === 32 || code === 9 || code === 10 || code === 13) break
  }
  return end
}

/** True when fast-xml-parser's validator would accept the text; false when it may not. */
export function vouchWellFormed(input: string): boolean {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const open: string[] = []
  // Tag names repeat: each distinct one is checked against NAME once per document.
  const names = new Set<string>()
  let tagFound = false
  let rootClosed = false
  let at = 0
  let ampersand = text.indexOf('&')
  for (;;) {
    const lt = text.indexOf('<', at)
    const end = lt < 0 ? text.length : lt
    if (!tagFound || rootClosed) {
      if (NOT_BLANK.test(text.slice(at, end))) return false
    } else if (ampersand >= 0 && ampersand < end) {
      // Only a text between tags that holds an '&' is sliced and read.
      if (ampersand >= at && BAD_AMPERSAND.test(text.slice(ampersand, end))) return false
      ampersand = text.indexOf('&', end)
    }
    if (lt < 0) break
    const next = text.charCodeAt(lt + 1)
    if (next === 63 || next === 33 /* ! */) {
      at = skipMarkup(text, lt, !tagFound)
      if (at < 0) return false
      if (ampersand >= 0 && ampersand < at) ampersand = text.indexOf('&', at)
      continue
    }
    if (rootClosed) return false
    const closing = next === 47 /* / */
    const nameAt = lt + (closing ? 2 : 1)
    let restAt = tagNameEnd(text, nameAt)
    if (text.charCodeAt(restAt - 1) === 47 && restAt > nameAt) {
      if (closing) return false
      restAt -= 1
    }
    const name = text.slice(nameAt, restAt)
    if (!names.has(name)) {
      if (!NAME.test(name)) return false
      names.add(name)
    }
    TAG_REST.lastIndex = restAt
    if (!TAG_REST.test(text)) return false
    at = TAG_REST.lastIndex
    if (ampersand >= 0 && ampersand < at) ampersand = text.indexOf('&', at)
    const rest = text.slice(restAt, at - 1)
    if (closing) {
      if (NOT_BLANK.test(rest) || open.pop() !== name) return false
      rootClosed = open.length === 0
    } else {
      const selfClosing = rest.endsWith('/')
      if (!attributesValid(selfClosing ? rest.slice(0, -1) : rest)) return false
      if (!selfClosing) open.push(name)
      tagFound = true
    }
  }
  return tagFound && open.length === 0
}
