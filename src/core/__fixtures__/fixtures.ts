import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('.', import.meta.url).pathname

/** Text of a fixture, e.g. readFixture('real/statuspage-history-github-2026-08-22.atom'). */
export function readFixture(path: string): string {
  return readFileSync(join(root, path), 'utf8')
}

/** Every real sample and seed file (SOURCES.md and folders such as github-2022/ excluded). */
export function allFeedFixtures(): string[] {
  return ['real', 'seeds'].flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
      .map((entry) => `${dir}/${entry.name}`),
  )
}

/** The files of a fixture folder, sorted by name, as paths for readFixture. */
export function fixtureFiles(dir: string): string[] {
  return readdirSync(join(root, dir))
    .filter((name) => !name.endsWith('.md'))
    .sort()
    .map((name) => `${dir}/${name}`)
}
