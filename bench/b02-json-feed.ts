import { parseFeed } from '../src/core/parse/index'
import type { Benchmark } from './benchmark'
import { fixture } from './inputs'
import { comparePairs } from './measure'

const INPUTS = [
  'real/gcp-incidents-2022-07.json',
  'real/aws-shd-data-2022-07.json',
  'real/statuspage-summary-twilio-2020-06-16.json',
]

export const b02: Benchmark = {
  id: 'B2',
  title: 'JSON feed → incidents',
  target: { op: '≤', value: 2.0, baseline: 'JSON.parse of the same text' },
  async run() {
    const cases = INPUTS.map((path) => {
      const text = fixture(path)
      if (!parseFeed(text).ok) throw new Error(`B2 input ${path} does not parse`)
      return comparePairs(
        path.replace('real/', ''),
        () => parseFeed(text),
        () => JSON.parse(text),
        20,
        8,
      )
    })
    return { cases }
  },
}
