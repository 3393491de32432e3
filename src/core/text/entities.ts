/** HTML character references, decoded in one pass (never twice: `&amp;lt;` becomes `&lt;`). */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  bull: '\u2022',
  middot: '\u00b7',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  micro: '\u00b5',
  para: '\u00b6',
  sect: '\u00a7',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  rarr: '\u2192',
  larr: '\u2190',
  uarr: '\u2191',
  darr: '\u2193',
  harr: '\u2194',
  rArr: '\u21d2',
  ge: '\u2265',
  le: '\u2264',
  ne: '\u2260',
  asymp: '\u2248',
  infin: '\u221e',
  minus: '\u2212',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  aacute: 'á',
  Aacute: 'Á',
  agrave: 'à',
  Agrave: 'À',
  acirc: 'â',
  Acirc: 'Â',
  auml: 'ä',
  Auml: 'Ä',
  aring: 'å',
  Aring: 'Å',
  atilde: 'ã',
  Atilde: 'Ã',
  aelig: 'æ',
  AElig: 'Æ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  Ecirc: 'Ê',
  euml: 'ë',
  Euml: 'Ë',
  iacute: 'í',
  Iacute: 'Í',
  igrave: 'ì',
  Igrave: 'Ì',
  icirc: 'î',
  Icirc: 'Î',
  iuml: 'ï',
  Iuml: 'Ï',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  oacute: 'ó',
  Oacute: 'Ó',
  ograve: 'ò',
  Ograve: 'Ò',
  ocirc: 'ô',
  Ocirc: 'Ô',
  ouml: 'ö',
  Ouml: 'Ö',
  otilde: 'õ',
  Otilde: 'Õ',
  oslash: 'ø',
  Oslash: 'Ø',
  szlig: 'ß',
  uacute: 'ú',
  Uacute: 'Ú',
  ugrave: 'ù',
  Ugrave: 'Ù',
  ucirc: 'û',
  Ucirc: 'Û',
  uuml: 'ü',
  Uuml: 'Ü',
  yacute: 'ý',
  Yacute: 'Ý',
  yuml: 'ÿ',
}

const XML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

const REFERENCE = /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g

function fromCodePoint(code: number): string {
  // Out-of-range and surrogate references decode to U+FFFD instead of throwing (CVE-2026-25128).
  if (
    !Number.isFinite(code) ||
    code <= 0 ||
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff)
  ) {
    return '\ufffd'
  }
  return String.fromCodePoint(code)
}

function decodeWith(input: string, table: Record<string, string>): string {
  if (!input.includes('&')) return input
  return input.replace(REFERENCE, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return fromCodePoint(parseInt(ref.slice(2), 16))
    if (ref.startsWith('#')) return fromCodePoint(parseInt(ref.slice(1), 10))
    return Object.hasOwn(table, ref) ? (table[ref] as string) : whole
  })
}

/** Decodes HTML named and numeric references once; unknown names stay as written. */
export function decodeHtmlEntities(input: string): string {
  return decodeWith(input, NAMED)
}

const AMP_OR_NUMERIC = /&(amp|#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7});/g

/**
 * Decodes the five XML entities and numeric references once (the XML layer of a feed). Escaped HTML
 * feeds carry thousands of `&lt;`, so those go by plain replaceAll (their output holds no `&`);
 * `&amp;` and numeric references share one pass, so `&amp;lt;` stays `&lt;` and `&#38;amp;` `&amp;`;
 * without numeric references that pass is a plain replaceAll of `&amp;` too.
 */
export function decodeXmlEntities(input: string): string {
  if (!input.includes('&')) return input
  let out = input
  if (out.includes('&lt;')) out = out.replaceAll('&lt;', '<')
  if (out.includes('&gt;')) out = out.replaceAll('&gt;', '>')
  if (out.includes('&quot;')) out = out.replaceAll('&quot;', '"')
  if (out.includes('&apos;')) out = out.replaceAll('&apos;', "'")
  if (!out.includes('&#')) return out.includes('&amp;') ? out.replaceAll('&amp;', '&') : out
  return out.replace(AMP_OR_NUMERIC, (_whole, ref: string) =>
    ref === 'amp' ? '&' : decodeWith(`&${ref};`, XML_NAMED),
  )
}
