import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const fixtures = new URL('../core/__fixtures__/', import.meta.url).pathname
// Every real sample and both seeds: a report of about 2.5 MB, far beyond a pipe's 64 KiB buffer.
const inputs = ['real', 'seeds'].flatMap((folder) =>
  readdirSync(`${fixtures}${folder}`)
    .filter((name) => /\.(json|atom|rss|txt)$/.test(name))
    .map((name) => `${fixtures}${folder}/${name}`),
)
const args = ['--import', 'tsx', 'src/cli/report.ts', '--format', 'json', ...inputs]

function reportToFile(): Promise<Buffer> {
  const path = join(mkdtempSync(join(tmpdir(), 'report-pipe-')), 'report.json')
  const fd = openSync(path, 'w')
  const child = spawn(process.execPath, args, { stdio: ['ignore', fd, 'inherit'] })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      closeSync(fd)
      if (code === 0) resolve(readFileSync(path))
      else reject(new Error(`report exited with ${code}`))
    })
  })
}

/** Reads the report through a pipe that a slow reader leaves full for a while. */
function reportThroughSlowPipe(): Promise<{ body: Buffer; code: number | null }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const chunks: Buffer[] = []
  child.stdout.pause()
  setTimeout(() => child.stdout.resume(), 1500)
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ body: Buffer.concat(chunks), code }))
  })
}

describe('the report command on a pipe', () => {
  it('writes a multi-megabyte report through a slow pipe byte for byte as it writes it to a file', async () => {
    const file = await reportToFile()
    const piped = await reportThroughSlowPipe()
    expect(file.length).toBeGreaterThan(2 * 1024 * 1024)
    expect(piped.code).toBe(0)
    expect(piped.body.length).toBe(file.length)
    // The two runs differ only in the moment they were generated.
    const generatedAt = /"generatedAt": "[^"]+"/
    const timeOf = (body: Buffer) => generatedAt.exec(body.toString('latin1'))?.[0] ?? ''
    expect(timeOf(file)).not.toBe('')
    const fileWithPipedTime = Buffer.from(
      file.toString('latin1').replace(generatedAt, timeOf(piped.body)),
      'latin1',
    )
    expect(piped.body.equals(fileWithPipedTime)).toBe(true)
  }, 60_000)
})
