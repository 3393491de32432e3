import { XMLParser } from 'fast-xml-parser'
import { parseFeed } from '../src/core/parse/index'
import type { Benchmark } from './benchmark'
import { scaledAtom, xmlSamples } from './inputs'
import { comparePairs } from './measure'

export const b01: Benchmark = {
  id: 'B1',
  title: 'XML feed → incidents',
  target: { op: '≤', value: 0.6, baseline: 'bare fast-xml-parser (defaults)' },
  async run() {
    const big = scaledAtom()
    const inputs = [
      { name: `scaled Atom ${(big.length / 1e6).toFixed(2)} MB`, text: big },
      ...xmlSamples(),
    ]
    const cases = inputs.map(({ name, text }) => {
      if (!parseFeed(text).ok) throw new Error(`B1 input ${name} does not parse`)
      return comparePairs(
        name,
        () => parseFeed(text),
        () => new XMLParser().parse(text),
        text.length > 500_000 ? 12 : 16,
        text.length > 500_000 ? 3 : 8,
      )
    })
    return { cases }
  },
}
