// Behaviour guard for performance work: the report JSON (as `npm run report -- --format json`
// prints it, minus generatedAt) and the parsed feed of every real sample and seed, written once
// with `--write DIR` and compared with `--check DIR`. Any byte of difference names the fixture.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildReport } from '../src/core/report/build-report'
import { parseFeed } from '../src/core/parse/index'
import { readStatsOptions } from '../src/cli/report-options'

const fixtures = new URL('../src/core/__fixtures__/', import.meta.url).pathname
const files = ['real', 'seeds'].flatMap((dir) =>
  readdirSync(join(fixtures, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(md|json\.gz)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(fixtures.length))
    .sort(),
)
// A fixed clock: open incidents end "now", so a moving clock would change the figures.
const NOW = '2026-12-01T00:00:00.000Z'
const METHODS: Record<string, string>[] = [{}, { method: 'strict' }, { maintenance: 'down' }]

function outputs(file: string): string {
  const text = readFileSync(join(fixtures, file), 'utf8')
  const outcome = parseFeed(text, { location: file })
  const parts = [JSON.stringify(outcome, null, 2)]
  if (outcome.ok) {
    for (const options of METHODS) {
      const report = buildReport(
        [{ location: file, feed: outcome.feed }],
        {},
        readStatsOptions(options, NOW),
      )
      const { generatedAt: _ignored, ...rest } = report as typeof report & { generatedAt?: string }
      parts.push(JSON.stringify(rest, null, 2))
    }
  }
  return parts.join('\n')
}

const [mode, dir] = process.argv.slice(2)
if ((mode !== '--write' && mode !== '--check') || !dir) {
  console.error('Usage: tsx bench/report-golden.ts --write|--check DIR')
  process.exit(2)
}
let differing = 0
for (const file of files) {
  const path = join(dir, file.replace(/\//g, '__') + '.json')
  const now = outputs(file)
  if (mode === '--write') {
    mkdirSync(dir, { recursive: true })
    writeFileSync(path, now)
  } else if (readFileSync(path, 'utf8') !== now) {
    differing++
    console.error(`differs: ${file}`)
  }
}
console.log(
  `${files.length} fixtures ${mode === '--write' ? 'written' : `checked, ${differing} differ`}`,
)
process.exitCode = differing ? 1 : 0
