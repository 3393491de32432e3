/**
 * Every block that is not plain global unicast: the IANA IPv4 and IPv6 Special-Purpose Address
 * Registries, multicast, and the reserved and deprecated blocks. Longest prefix wins; an IPv4
 * address in none of them, or an IPv6 address in 2000::/3 and none of them, is `unicast`.
 */
export const IPV4_SPECIAL_RANGES = [
  ['0.0.0.0/8', 'thisNetwork'],
  ['0.0.0.0/32', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'carrierGradeNat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'linkLocal'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'ietfProtocolAssignments'],
  ['192.0.2.0/24', 'documentation'],
  ['192.31.196.0/24', 'as112'],
  ['192.52.193.0/24', 'amt'],
  ['192.88.99.0/24', 'deprecated6to4Relay'],
  ['192.168.0.0/16', 'private'],
  ['192.175.48.0/24', 'as112'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
  ['255.255.255.255/32', 'broadcast'],
] as const

export const IPV6_SPECIAL_RANGES = [
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  // Deprecated IPv4-compatible addresses (RFC 4291 §2.5.5.1): `::127.0.0.1` is `::7f00:1`.
  ['::/96', 'ipv4Compatible'],
  ['::ffff:0:0/96', 'ipv4Mapped'],
  ['::ffff:0:0:0/96', 'ipv4Translated'],
  ['64:ff9b::/96', 'nat64'],
  ['64:ff9b:1::/48', 'nat64Local'],
  ['100::/64', 'discard'],
  ['100:0:0:1::/64', 'dummy'],
  ['2001::/23', 'ietfProtocolAssignments'],
  ['2001::/32', 'teredo'],
  ['2001:2::/48', 'benchmarking'],
  ['2001:3::/32', 'amt'],
  ['2001:4:112::/48', 'as112'],
  ['2001:10::/28', 'deprecatedOrchid'],
  ['2001:20::/28', 'orchidV2'],
  ['2001:30::/28', 'droneRemoteId'],
  ['2001:db8::/32', 'documentation'],
  ['2002::/16', '6to4'],
  ['2620:4f:8000::/48', 'as112'],
  ['3fff::/20', 'documentation'],
  ['5f00::/16', 'segmentRouting'],
  ['fc00::/7', 'uniqueLocal'],
  ['fe80::/10', 'linkLocal'],
  ['fec0::/10', 'deprecatedSiteLocal'],
  ['ff00::/8', 'multicast'],
] as const

export type SpecialRange =
  (typeof IPV4_SPECIAL_RANGES)[number][1] | (typeof IPV6_SPECIAL_RANGES)[number][1]

/** `reserved` also names IPv6 space outside 2000::/3 that no entry above describes. */
export type AddressRange = SpecialRange | 'unicast' | 'reserved'

interface Block {
  bytes: Uint8Array
  prefix: number
  range: SpecialRange
}

/** The 4 or 16 bytes of a canonical IPv4 or IPv6 literal (see address-policy's `parseAddress`). */
export type ParseBytes = (text: string) => Uint8Array | undefined

function compile(table: readonly (readonly [string, SpecialRange])[], parse: ParseBytes): Block[] {
  return table
    .map(([cidr, range]) => {
      const [base = '', prefix = ''] = cidr.split('/')
      const bytes = parse(base)
      if (!bytes) throw new Error(`Bad range ${cidr}`)
      return { bytes, prefix: Number(prefix), range }
    })
    .sort((a, b) => b.prefix - a.prefix)
}

function contains(block: Block, bytes: Uint8Array): boolean {
  const whole = block.prefix >> 3
  for (let index = 0; index < whole; index += 1) {
    if (block.bytes[index] !== bytes[index]) return false
  }
  const bits = block.prefix & 7
  if (bits === 0) return true
  const mask = (0xff << (8 - bits)) & 0xff
  return ((block.bytes[whole] ?? 0) & mask) === ((bytes[whole] ?? 0) & mask)
}

/** A matcher for each family: the longest special-purpose block holding the bytes, if any. */
export function createRangeMatcher(parse: ParseBytes) {
  // Compiled at the first lookup, not at import: a server start should not wait for 46 parses.
  let blocks: { v4: Block[]; v6: Block[] } | undefined
  return (bytes: Uint8Array): SpecialRange | undefined => {
    blocks ??= { v4: compile(IPV4_SPECIAL_RANGES, parse), v6: compile(IPV6_SPECIAL_RANGES, parse) }
    return (bytes.length === 4 ? blocks.v4 : blocks.v6).find((block) => contains(block, bytes))
      ?.range
  }
}
