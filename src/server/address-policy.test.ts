import { describe, expect, it } from 'vitest'
import { classifyAddress, isLocalMachineAddress, isPublicUnicast } from './address-policy'

describe('isPublicUnicast', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.254', 'carrierGradeNat'],
    ['192.0.0.8', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['ff00::1', 'multicast'],
    ['fec0::1', 'deprecatedSiteLocal'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['64:ff9b:1::1', 'rfc6052'],
    ['2002:7f00:1::', '6to4'],
    ['2001:0:1::1', 'teredo'],
    ['0100::1', 'discard'],
    ['3fff::1', 'reserved'],
    ['5f00::1', 'segmentRouting'],
    ['2001:db8::1', 'reserved'],
  ])('refuses %s (%s)', (address, range) => {
    expect(classifyAddress(address)).toBe(range)
    expect(isPublicUnicast(address)).toBe(false)
  })

  it.each([
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::ffff:10.0.0.1', 'private'],
    ['[::ffff:7f00:1]', 'loopback'],
  ])('unwraps the IPv4-mapped %s to %s', (address, range) => {
    expect(classifyAddress(address)).toBe(range)
    expect(isPublicUnicast(address)).toBe(false)
  })

  it.each(['8.8.8.8', '93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'lets %s through',
    (address) => {
      expect(isPublicUnicast(address)).toBe(true)
    },
  )

  it.each(['localhost', '', '0x7f.1', '127.1', '017700000001', 'example.com', '1.2.3.4.5'])(
    'treats the non-literal %j as invalid, never as an address',
    (value) => {
      expect(classifyAddress(value)).toBe('invalid')
      expect(isPublicUnicast(value)).toBe(false)
    },
  )
})

describe('isLocalMachineAddress', () => {
  it('counts loopback, unspecified and mapped loopback as this machine', () => {
    for (const address of ['127.0.0.1', '127.3.2.1', '::1', '0.0.0.0', '::', '::ffff:127.0.0.1']) {
      expect(isLocalMachineAddress(address)).toBe(true)
    }
  })

  it('does not count a public address this machine does not own', () => {
    expect(isLocalMachineAddress('192.0.2.77')).toBe(false)
  })
})
