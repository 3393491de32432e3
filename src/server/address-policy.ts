import { isIP } from 'node:net'
import { networkInterfaces } from 'node:os'
import { createRangeMatcher, type AddressRange } from './address-ranges'

/** The ways an IPv6 address can carry an IPv4 address. */
export const EMBEDDING_FORMS = [
  'mapped',
  'compatible',
  'translated',
  'nat64',
  '6to4',
  'teredo',
] as const
export type EmbeddingForm = (typeof EMBEDDING_FORMS)[number]

export interface AddressClass {
  /** The range that decides; for an IPv4-mapped address, the range of the IPv4 address it maps. */
  range: AddressRange | 'invalid'
  /** Dotted quad, or IPv6 in the WHATWG URL serialisation (compressed, lower case, no dotted tail). */
  canonical: string
  /** The IPv4 address inside an IPv6 one, with its own range (Teredo: the client's address). */
  embedded?: { form: EmbeddingForm; address: string; range: AddressRange }
}

const INVALID: AddressClass = { range: 'invalid', canonical: '' }

/**
 * The bytes of an IP literal, or undefined. IPv6 goes through the WHATWG URL parser, which spells
 * `::127.0.0.1`, `::FFFF:7F00:1` and `0:0:0:0:0:ffff:127.0.0.1` one way; zone ids are refused.
 */
function parseAddress(text: string): Uint8Array | undefined {
  const bare = text.replace(/^\[|\]$/g, '')
  const family = isIP(bare)
  if (family === 4) return Uint8Array.from(bare.split('.'), Number)
  if (family !== 6 || bare.includes('%')) return undefined
  let hostname: string
  try {
    hostname = new URL(`http://[${bare}]/`).hostname.slice(1, -1)
  } catch {
    return undefined
  }
  const [head = '', tail] = hostname.split('::')
  const groups = (part: string | undefined) => (part ? part.split(':') : [])
  const missing = 8 - groups(head).length - groups(tail).length
  const all = [
    ...groups(head),
    ...Array<string>(tail === undefined ? 0 : missing).fill('0'),
    ...groups(tail),
  ]
  const bytes = new Uint8Array(16)
  all.forEach((group, index) => {
    const value = parseInt(group, 16)
    bytes[index * 2] = value >> 8
    bytes[index * 2 + 1] = value & 0xff
  })
  return bytes
}

const matchRange = createRangeMatcher(parseAddress)

const formatV4 = (bytes: ArrayLike<number>) => Array.from(bytes).join('.')

function formatV6(bytes: Uint8Array): string {
  const groups = Array.from({ length: 8 }, (_, index) =>
    (((bytes[index * 2] ?? 0) << 8) | (bytes[index * 2 + 1] ?? 0)).toString(16),
  )
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1)
}

const rangeOfV4 = (bytes: Uint8Array): AddressRange => matchRange(bytes) ?? 'unicast'

/** Where each form keeps its IPv4 bytes (RFC 4291, RFC 6052 §2.2, RFC 3056, RFC 4380). */
function embeddedV4(range: AddressRange, bytes: Uint8Array) {
  const pick = (...indexes: number[]) => Uint8Array.from(indexes, (index) => bytes[index] ?? 0)
  const low = pick(12, 13, 14, 15)
  switch (range) {
    case 'ipv4Mapped':
      return { form: 'mapped' as const, v4: low }
    case 'ipv4Compatible':
      return { form: 'compatible' as const, v4: low }
    case 'ipv4Translated':
      return { form: 'translated' as const, v4: low }
    case 'nat64':
      return { form: 'nat64' as const, v4: low }
    case 'nat64Local':
      // The local-use prefix is a /48: the IPv4 bytes straddle the reserved octet 8.
      return { form: 'nat64' as const, v4: pick(6, 7, 9, 10) }
    case '6to4':
      return { form: '6to4' as const, v4: pick(2, 3, 4, 5) }
    case 'teredo':
      // The client's address is stored inverted in the last 32 bits.
      return { form: 'teredo' as const, v4: low.map((byte) => byte ^ 0xff) }
    default:
      return undefined
  }
}

/**
 * One classifier for every address the proxy may dial. Only `unicast` is plainly global; an
 * IPv4-mapped address is its IPv4 address; every other IPv4-in-IPv6 form is refused whatever it
 * carries, and reports the embedded address so logs and tests can say what it pointed at.
 */
export function describeAddress(address: string): AddressClass {
  const bytes = parseAddress(address)
  if (!bytes) return INVALID
  if (bytes.length === 4) return { range: rangeOfV4(bytes), canonical: formatV4(bytes) }
  const special = matchRange(bytes)
  const inGlobalSpace = ((bytes[0] ?? 0) & 0xe0) === 0x20
  const range: AddressRange = special ?? (inGlobalSpace ? 'unicast' : 'reserved')
  const canonical = formatV6(bytes)
  const found = embeddedV4(range, bytes)
  if (!found) return { range, canonical }
  const embedded = { form: found.form, address: formatV4(found.v4), range: rangeOfV4(found.v4) }
  return { range: found.form === 'mapped' ? embedded.range : range, canonical, embedded }
}

export const classifyAddress = (address: string): AddressRange | 'invalid' =>
  describeAddress(address).range

/** Only ordinary public unicast passes: an allow-list on the range, never a deny-list. */
export const isPublicUnicast = (address: string): boolean => classifyAddress(address) === 'unicast'

/** Addresses that reach this machine: loopback, unspecified (0.0.0.0 dials localhost) and own NICs. */
export function isLocalMachineAddress(address: string): boolean {
  const { range, canonical, embedded } = describeAddress(address)
  const ranges = [range, embedded?.range]
  if (ranges.includes('loopback') || ranges.includes('unspecified')) return true
  const own = new Set(
    Object.values(networkInterfaces()).flatMap((entries) =>
      (entries ?? []).map((entry) => describeAddress(entry.address.replace(/%.*$/, '')).canonical),
    ),
  )
  return own.has(canonical) || (embedded !== undefined && own.has(embedded.address))
}
