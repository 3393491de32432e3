import { readFileSync } from 'node:fs'
import { parseFeed } from '/work/wt/perf/src/core/parse/index.ts'
const which = process.argv[2]!
const text = readFileSync(`/work/wt/perf/src/core/__fixtures__/real/${which}`, 'utf8')
const t = performance.now()
let n = 0
while (performance.now() - t < 8000) {
  parseFeed(text)
  n++
}
console.log(which, n, ((performance.now() - t) / n).toFixed(2), 'ms/op')
