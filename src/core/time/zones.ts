/**
 * Offsets (minutes east of UTC) of the zone words status pages print. The word is the page's
 * label and can be wrong for daylight time, so a word's offset learned from the item's own dated
 * field wins over this table (see createStampResolver). CST is read as US Central (−6).
 */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  UT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  MET: 60,
  WAT: 60,
  CEST: 120,
  MEST: 120,
  EET: 120,
  SAST: 120,
  CAT: 120,
  EEST: 180,
  MSK: 180,
  EAT: 180,
  TRT: 180,
  GST: 240,
  PKT: 300,
  IST: 330,
  NPT: 345,
  ICT: 420,
  WIB: 420,
  SGT: 480,
  HKT: 480,
  AWST: 480,
  PHT: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  HST: -600,
  AKST: -540,
  AKDT: -480,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
  AST: -240,
  ADT: -180,
  NST: -210,
  NDT: -150,
  BRT: -180,
  ART: -180,
  CLT: -240,
}

const NUMERIC_ZONE = /^(?:GMT|UTC|UT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/

/** The offset of a zone word or numeric zone ("GMT+0", "UTC-7", "+0200"), or null if unknown. */
export function zoneOffsetMinutes(zone: string): number | null {
  const word = zone.trim().toUpperCase()
  if (word === '') return null
  if (Object.hasOwn(ZONE_OFFSETS, word)) return ZONE_OFFSETS[word] as number
  const numeric = NUMERIC_ZONE.exec(word)
  if (!numeric) return null
  const [, sign, hours, minutes] = numeric
  const total = Number(hours) * 60 + Number(minutes ?? 0)
  if (total > 14 * 60) return null
  return sign === '-' ? -total : total
}
