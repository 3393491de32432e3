// A spreadsheet evaluates a cell that starts with one of these (OWASP CSV injection); leading
// blanks and control characters are skipped first by some of them, so they count too.
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const FORMULA_START = /^[\s\u0000-\u001f\u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u

/** Text a spreadsheet shows as typed: a cell that would start a formula gets a leading `'`. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * One RFC 4180 field: quoted when it holds a comma, quote, or line break; quotes doubled. Text is
 * neutralized against formulas; numbers and booleans are written as they are.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return ''
  const text = typeof value === 'string' ? neutralizeFormula(value) : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180 text with CRLF line ends. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** Reads RFC 4180 text back into rows (used to check exports round-trip). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  const endField = () => {
    row.push(field)
    field = ''
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '"'
      i++
    } else if (c === '"') quoted = !quoted
    else if (quoted) field += c
    else if (c === ',') endField()
    else if (c === '\n' || (c === '\r' && body[i + 1] === '\n')) {
      if (c === '\r') i++
      endField()
      rows.push(row)
      row = []
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    endField()
    rows.push(row)
  }
  return rows
}
