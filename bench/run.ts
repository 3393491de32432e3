// `npm run bench [-- --json] [-- --only B1,B4]`: every benchmark as a ratio against its same-run
// baseline (performance.md §5–§6), a table by default, one JSON object per benchmark with --json.
// `--only logging` runs the request-logging load test of issue 16 (bench/proxy-logging.ts) instead.
import { summarize, type BenchmarkResult } from './benchmark'
import { chromiumVersion, closeBrowserSession } from './browser'
import { fingerprint } from './measure'
import { runProxyLoggingBench } from './proxy-logging'
import { BENCHMARKS } from './registry'

const args = process.argv.slice(2)
const json = args.includes('--json')
const onlyAt = args.indexOf('--only')
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null

const f2 = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2))

function printRow(r: BenchmarkResult) {
  const verdict = r.met ? 'met' : 'MISSED'
  console.log(
    `${r.id.padEnd(6)}${r.title.padEnd(40)}${f2(r.ratio).padStart(8)}  [${f2(r.low)}–${f2(r.high)}]`.padEnd(
      76,
    ) + `${r.target.padEnd(50)}${verdict}`,
  )
  for (const c of r.cases)
    console.log(
      `        ${c.name.padEnd(58)}${f2(c.ratio).padStart(8)}  ${f2(c.ours)} vs ${f2(c.baseline)} ${c.unit}, n=${c.samples}`,
    )
  for (const check of r.checks)
    console.log(`        ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`)
}

const results: BenchmarkResult[] = []
if (only?.has('logging')) await runProxyLoggingBench()
try {
  if (!json) console.log(`Machine: ${fingerprint()}\n`)
  for (const benchmark of BENCHMARKS) {
    if (only && !only.has(benchmark.id)) continue
    const started = performance.now()
    const result = summarize(benchmark, await benchmark.run())
    const seconds = (performance.now() - started) / 1000
    results.push(result)
    if (json) console.log(JSON.stringify({ ...result, seconds: Number(seconds.toFixed(1)) }))
    else printRow(result)
  }
  const chromium = await chromiumVersion()
  const machine = `${fingerprint()}${chromium ? `, Chromium ${chromium}` : ''}`
  if (json) console.log(JSON.stringify({ machine }))
  else console.log(`\n${results.filter((r) => r.met).length}/${results.length} met. ${machine}`)
} finally {
  await closeBrowserSession()
}
