import fc from 'fast-check'
import ipaddr from 'ipaddr.js'
import { describe, expect, it } from 'vitest'
import {
  classifyAddress,
  describeAddress,
  isLocalMachineAddress,
  isPublicUnicast,
} from './address-policy'

/**
 * The IANA IPv4 Special-Purpose Address Registry (plus multicast 224/4), written out here by hand
 * from the registry rather than imported, so a slip in the source table fails: first and last
 * address of each block.
 */
const IPV4_REGISTRY = [
  ['0.0.0.1', '0.255.255.255', 'thisNetwork'],
  ['10.0.0.0', '10.255.255.255', 'private'],
  ['100.64.0.0', '100.127.255.255', 'carrierGradeNat'],
  ['127.0.0.0', '127.255.255.255', 'loopback'],
  ['169.254.0.0', '169.254.255.255', 'linkLocal'],
  ['172.16.0.0', '172.31.255.255', 'private'],
  ['192.0.0.0', '192.0.0.255', 'ietfProtocolAssignments'],
  ['192.0.2.0', '192.0.2.255', 'documentation'],
  ['192.31.196.0', '192.31.196.255', 'as112'],
  ['192.52.193.0', '192.52.193.255', 'amt'],
  ['192.88.99.0', '192.88.99.255', 'deprecated6to4Relay'],
  ['192.168.0.0', '192.168.255.255', 'private'],
  ['192.175.48.0', '192.175.48.255', 'as112'],
  ['198.18.0.0', '198.19.255.255', 'benchmarking'],
  ['198.51.100.0', '198.51.100.255', 'documentation'],
  ['203.0.113.0', '203.0.113.255', 'documentation'],
  ['224.0.0.0', '239.255.255.255', 'multicast'],
  ['240.0.0.0', '255.255.255.254', 'reserved'],
  ['255.255.255.255', '255.255.255.255', 'broadcast'],
  ['0.0.0.0', '0.0.0.0', 'unspecified'],
] as const

/** The IANA IPv6 Special-Purpose Address Registry plus multicast, site-local and the embeddings. */
const IPV6_REGISTRY = [
  ['::', '::', 'unspecified'],
  ['::1', '::1', 'loopback'],
  ['::2', '::ffff:ffff', 'ipv4Compatible'],
  ['::ffff:0:0:0', '::ffff:0:ffff:ffff', 'ipv4Translated'],
  ['64:ff9b::', '64:ff9b::ffff:ffff', 'nat64'],
  ['64:ff9b:1::', '64:ff9b:1:ffff:ffff:ffff:ffff:ffff', 'nat64Local'],
  ['100::', '100::ffff:ffff:ffff:ffff', 'discard'],
  ['100:0:0:1::', '100:0:0:1:ffff:ffff:ffff:ffff', 'dummy'],
  ['2001:1::', '2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff', 'ietfProtocolAssignments'],
  ['2001::', '2001::ffff:ffff:ffff:ffff:ffff:ffff', 'teredo'],
  ['2001:2::', '2001:2:0:ffff:ffff:ffff:ffff:ffff', 'benchmarking'],
  ['2001:3::', '2001:3:ffff:ffff:ffff:ffff:ffff:ffff', 'amt'],
  ['2001:4:112::', '2001:4:112:ffff:ffff:ffff:ffff:ffff', 'as112'],
  ['2001:10::', '2001:1f:ffff:ffff:ffff:ffff:ffff:ffff', 'deprecatedOrchid'],
  ['2001:20::', '2001:2f:ffff:ffff:ffff:ffff:ffff:ffff', 'orchidV2'],
  ['2001:30::', '2001:3f:ffff:ffff:ffff:ffff:ffff:ffff', 'droneRemoteId'],
  ['2001:db8::', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', 'documentation'],
  ['2002::', '2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '6to4'],
  ['2620:4f:8000::', '2620:4f:8000:ffff:ffff:ffff:ffff:ffff', 'as112'],
  ['3fff::', '3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff', 'documentation'],
  ['5f00::', '5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'segmentRouting'],
  ['fc00::', 'fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'uniqueLocal'],
  ['fe80::', 'febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'linkLocal'],
  ['fec0::', 'feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'deprecatedSiteLocal'],
  ['ff00::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'multicast'],
  // Outside 2000::/3 and in no block above: unassigned, so not global unicast either.
  ['1::', '1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'reserved'],
  ['4000::', '5eff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'reserved'],
  ['8000::', 'fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'reserved'],
] as const

describe('the address classifier against the special-purpose registries', () => {
  it.each([...IPV4_REGISTRY, ...IPV6_REGISTRY])('refuses %s … %s as %s', (first, last, range) => {
    for (const address of [first, last]) {
      expect(classifyAddress(address)).toBe(range)
      expect(isPublicUnicast(address)).toBe(false)
    }
  })

  it.each([
    // The neighbours just outside a block are ordinary public unicast.
    '1.0.0.0',
    '9.255.255.255',
    '11.0.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '126.255.255.255',
    '128.0.0.0',
    '169.253.255.255',
    '169.255.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.0.1.255',
    '192.0.3.0',
    '192.31.195.255',
    '192.31.197.0',
    '192.52.192.255',
    '192.52.194.0',
    '192.88.98.255',
    '192.88.100.0',
    '192.167.255.255',
    '192.169.0.0',
    '192.175.47.255',
    '192.175.49.0',
    '198.17.255.255',
    '198.20.0.0',
    '198.51.99.255',
    '198.51.101.0',
    '203.0.112.255',
    '203.0.114.0',
    '223.255.255.255',
    '8.8.8.8',
    '93.184.216.34',
    '2000::',
    '2001:200::',
    '2001:db7:ffff:ffff:ffff:ffff:ffff:ffff',
    '2001:db9::',
    '2003::',
    '2606:4700::1111',
    '2620:4f:7fff:ffff:ffff:ffff:ffff:ffff',
    '2620:4f:8001::',
    '3ffe::1',
    '3fff:1000::',
    '::ffff:8.8.8.8',
  ])('lets %s through as unicast', (address) => {
    expect(classifyAddress(address)).toBe('unicast')
    expect(isPublicUnicast(address)).toBe(true)
  })

  it.each(['localhost', '', '0x7f.1', '127.1', '017700000001', 'example.com', '1.2.3.4.5'])(
    'treats the non-literal %j as invalid, never as an address',
    (value) => {
      expect(classifyAddress(value)).toBe('invalid')
      expect(isPublicUnicast(value)).toBe(false)
    },
  )

  it.each(['fe80::1%eth0', '::1%1', '[::1%25lo]'])('refuses the scoped address %s', (value) => {
    expect(isPublicUnicast(value)).toBe(false)
  })
})

describe('IPv4 inside IPv6', () => {
  it.each([
    ['::ffff:127.0.0.1', 'loopback', 'mapped', '127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal', 'mapped', '169.254.169.254', 'linkLocal'],
    ['::ffff:8.8.8.8', 'unicast', 'mapped', '8.8.8.8', 'unicast'],
    ['::127.0.0.1', 'ipv4Compatible', 'compatible', '127.0.0.1', 'loopback'],
    ['::7f00:1', 'ipv4Compatible', 'compatible', '127.0.0.1', 'loopback'],
    ['::a9fe:a9fe', 'ipv4Compatible', 'compatible', '169.254.169.254', 'linkLocal'],
    ['::8.8.8.8', 'ipv4Compatible', 'compatible', '8.8.8.8', 'unicast'],
    ['::ffff:0:7f00:1', 'ipv4Translated', 'translated', '127.0.0.1', 'loopback'],
    ['::ffff:0:808:808', 'ipv4Translated', 'translated', '8.8.8.8', 'unicast'],
    ['64:ff9b::7f00:1', 'nat64', 'nat64', '127.0.0.1', 'loopback'],
    ['64:ff9b::127.0.0.1', 'nat64', 'nat64', '127.0.0.1', 'loopback'],
    ['64:ff9b::808:808', 'nat64', 'nat64', '8.8.8.8', 'unicast'],
    ['64:ff9b:1:c000:2:2100::', 'nat64Local', 'nat64', '192.0.2.33', 'documentation'],
    ['64:ff9b:1:808:8:800::', 'nat64Local', 'nat64', '8.8.8.8', 'unicast'],
    ['2002:7f00:1::', '6to4', '6to4', '127.0.0.1', 'loopback'],
    ['2002:a9fe:a9fe::1', '6to4', '6to4', '169.254.169.254', 'linkLocal'],
    ['2002:808:808::', '6to4', '6to4', '8.8.8.8', 'unicast'],
    // RFC 4380's example: server 65.54.227.120, client 192.0.2.45 stored inverted.
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo', 'teredo', '192.0.2.45', 'documentation'],
    ['2001::80ff:fffe', 'teredo', 'teredo', '127.0.0.1', 'loopback'],
    ['2001::f7f7:f7f7', 'teredo', 'teredo', '8.8.8.8', 'unicast'],
  ])('%s is %s: carries %s %s (%s)', (address, range, form, embedded, embeddedRange) => {
    expect(describeAddress(address)).toMatchObject({
      range,
      embedded: { form, address: embedded, range: embeddedRange },
    })
    expect(isPublicUnicast(address)).toBe(range === 'unicast')
  })

  it.each([
    '::ffff:127.0.0.1',
    '::FFFF:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:7F00:0001',
    '0::ffff:7f00:1',
    '::0:ffff:127.0.0.1',
    '0:0:0:0:0:ffff:127.0.0.1',
    '0000:0000:0000:0000:0000:ffff:7f00:0001',
    '[::ffff:7f00:1]',
    '[0:0:0:0:0:FFFF:127.0.0.1]',
  ])('reads the mapped spelling %s as loopback', (address) => {
    expect(describeAddress(address)).toMatchObject({
      range: 'loopback',
      canonical: '::ffff:7f00:1',
      embedded: { form: 'mapped', address: '127.0.0.1' },
    })
  })

  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255))
  const hex = (high: number, low: number) => ((high << 8) | low).toString(16)

  it('classifies every mapped address exactly as its IPv4 address, in both spellings', () => {
    fc.assert(
      fc.property(ipv4, ([a, b, c, d]) => {
        const plain = classifyAddress(`${a}.${b}.${c}.${d}`)
        expect(classifyAddress(`::ffff:${a}.${b}.${c}.${d}`)).toBe(plain)
        expect(classifyAddress(`0:0:0:0:0:FFFF:${hex(a, b)}:${hex(c, d)}`)).toBe(plain)
      }),
    )
  })

  it('refuses every other embedding whatever it carries, and extracts what it carries', () => {
    fc.assert(
      fc.property(ipv4, ([a, b, c, d]) => {
        const v4 = `${a}.${b}.${c}.${d}`
        const teredoClient = `${hex(a ^ 0xff, b ^ 0xff)}:${hex(c ^ 0xff, d ^ 0xff)}`
        const forms = [
          `::${v4}`,
          `::ffff:0:${v4}`,
          `64:ff9b::${v4}`,
          `64:ff9b:1:${hex(a, b)}:${hex(0, c)}:${hex(d, 0)}::`,
          `2002:${hex(a, b)}:${hex(c, d)}::1`,
          `2001:0:4136:e378:8000:63bf:${teredoClient}`,
        ]
        for (const form of forms) {
          const described = describeAddress(form)
          expect(isPublicUnicast(form)).toBe(false)
          // `::0.0.0.1` is ::1 and `::0.0.0.0` is ::, which carry nothing.
          if (described.range !== 'loopback' && described.range !== 'unspecified') {
            expect(described.embedded?.address).toBe(v4)
          }
        }
      }),
    )
  })
})

describe('against ipaddr.js', () => {
  const formatV6 = (bytes: Uint8Array) =>
    Array.from({ length: 8 }, (_, index) =>
      (((bytes[index * 2] ?? 0) << 8) | (bytes[index * 2 + 1] ?? 0)).toString(16),
    ).join(':')
  // First bytes of interesting blocks; the rest of each address is random.
  const prefixes = [
    [],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 0x64, 0xff, 0x9b],
    [0x01, 0],
    [0x20, 0x01, 0, 0],
    [0x20, 0x01],
    [0x20, 0x02],
    [0x20, 0x01, 0x0d, 0xb8],
    [0x24],
    [0x26, 0x20, 0, 0x4f],
    [0x3f, 0xff],
    [0x5f, 0],
    [0xfc],
    [0xfd],
    [0xfe, 0x80],
    [0xfe, 0xc0],
    [0xff],
  ]
  const address = fc
    .tuple(fc.constantFrom(...prefixes), fc.uint8Array({ minLength: 16, maxLength: 16 }))
    .map(([prefix, random]) => {
      random.set(prefix)
      return formatV6(random)
    })

  it('refuses everything ipaddr.js calls anything but unicast (it may not be stricter than us)', () => {
    fc.assert(
      fc.property(address, (text) => {
        if (ipaddr.process(text).range() !== 'unicast') expect(isPublicUnicast(text)).toBe(false)
      }),
      { numRuns: 5_000 },
    )
    const ipv4 = fc.uint8Array({ minLength: 4, maxLength: 4 }).map((bytes) => bytes.join('.'))
    fc.assert(
      fc.property(ipv4, (text) => {
        if (ipaddr.process(text).range() !== 'unicast') expect(isPublicUnicast(text)).toBe(false)
      }),
      { numRuns: 5_000 },
    )
  })
})

describe('isLocalMachineAddress', () => {
  it.each([
    '127.0.0.1',
    '127.3.2.1',
    '::1',
    '0.0.0.0',
    '::',
    '::ffff:127.0.0.1',
    '::127.0.0.1',
    '64:ff9b::7f00:1',
  ])('counts %s as this machine', (address) => {
    expect(isLocalMachineAddress(address)).toBe(true)
  })

  it('does not count a public address this machine does not own', () => {
    expect(isLocalMachineAddress('192.0.2.77')).toBe(false)
    expect(isLocalMachineAddress('2001:db8::77')).toBe(false)
  })
})
