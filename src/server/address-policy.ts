import { isIP } from 'node:net'
import { networkInterfaces } from 'node:os'
import ipaddr from 'ipaddr.js'

/**
 * The ipaddr.js range of an address, with IPv4-mapped IPv6 unwrapped first (`::ffff:7f00:1` →
 * loopback). Anything that is not a plain IP literal is `invalid`.
 */
export function classifyAddress(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '')
  if (!isIP(bare)) return 'invalid'
  try {
    return ipaddr.process(bare).range()
  } catch {
    return 'invalid'
  }
}

/** Only ordinary public unicast passes: an allow-list on the range name, never a deny-list. */
export const isPublicUnicast = (address: string): boolean => classifyAddress(address) === 'unicast'

/** Addresses that reach this machine: loopback, unspecified (0.0.0.0 dials localhost) and own NICs. */
export function isLocalMachineAddress(address: string): boolean {
  const range = classifyAddress(address)
  if (range === 'loopback' || range === 'unspecified') return true
  const normalized = normalizeAddress(address)
  return Object.values(networkInterfaces()).some((entries) =>
    (entries ?? []).some((entry) => normalizeAddress(entry.address) === normalized),
  )
}

function normalizeAddress(address: string): string {
  try {
    return ipaddr.process(address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')).toString()
  } catch {
    return address
  }
}
