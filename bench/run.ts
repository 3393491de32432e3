import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { parseFeed } from '../src/core/parse/index'
import { computeVendorStats } from '../src/core/stats/index'
import { generateFleet } from './fleet'
import { compare, fingerprint, type Comparison } from './measure'
import { runProxyLoggingBench } from './proxy-logging'

const fixture = (path: string) =>
  readFileSync(new URL(`../src/core/__fixtures__/${path}`, import.meta.url), 'utf8')

// B1 input: GitHub's Atom with its entries repeated ×10 (≈ 1 MB), as in performance.md.
const atom = fixture('real/statuspage-history-github-2026-08-22.atom')
const head = atom.slice(0, atom.indexOf('<entry>'))
const entries = atom.slice(
  atom.indexOf('<entry>'),
  atom.lastIndexOf('</entry>') + '</entry>'.length,
)
const bigAtom = `${head}${Array.from({ length: 10 }, (_, i) => entries.replace(/Incident\/(\d+)/g, `Incident/$1${i}`).replace(/incidents\/(\w+)/g, `incidents/$1x${i}`)).join('')}</feed>`
const gcp = fixture('real/gcp-incidents-2022-07.json')
const fleet = generateFleet()
const fleetStarts = fleet.flat().map((i) => Date.parse(i.start))

const results: Comparison[] = [
  compare(
    'B1 XML feed → incidents',
    '≤ 0.60 × bare fast-xml-parser',
    () => parseFeed(bigAtom),
    () => new XMLParser().parse(bigAtom),
    30,
  ),
  compare(
    'B2 JSON feed → incidents (GCP)',
    '≤ 2.0 × JSON.parse',
    () => parseFeed(gcp),
    () => JSON.parse(gcp),
    40,
  ),
  compare(
    'B4 fleet statistics (40 × 250)',
    '≤ 3.0 × typed-array sort of the start times',
    () =>
      fleet.map((incidents) =>
        computeVendorStats(incidents, {
          from: '2025-01-01',
          to: '2026-01-01',
          now: '2026-01-01T00:00:00Z',
        }),
      ),
    () => Float64Array.from(fleetStarts).sort(),
    20,
  ),
]

console.log(`Machine: ${fingerprint()}`)
console.log(
  `Input: ${(bigAtom.length / 1e6).toFixed(2)} MB Atom, ${(gcp.length / 1e6).toFixed(2)} MB GCP JSON, ${fleet.flat().length} fleet incidents`,
)
for (const r of results) {
  const met = r.target.match(/≤ ([\d.]+)/)
  const verdict = met && r.ratio <= Number(met[1]) ? 'meets' : 'misses'
  console.log(
    `${r.name}: ratio ${r.ratio.toFixed(2)} (CI95 ${r.ci95[0].toFixed(2)}–${r.ci95[1].toFixed(2)}), ours ${r.oursMs.toFixed(1)} ms vs baseline ${r.baselineMs.toFixed(1)} ms over ${r.pairs} pairs; target ${r.target}: ${verdict}`,
  )
}

await runProxyLoggingBench()
