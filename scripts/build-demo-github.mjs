// Builds the demo's GitHub data from the 2022 captures (src/core/__fixtures__/real/github-2022):
// one Atom feed holding every entry of the 30 weekly captures (each entry as the latest capture
// holding it wrote it, verbatim) and one /api/v2/incidents.json-shaped list of GitHub's own JSON
// for those incidents. Run: node scripts/build-demo-github.mjs
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const root = new URL('../src/core/__fixtures__/real/github-2022/', import.meta.url).pathname
const out = new URL('../public/demo/', import.meta.url).pathname

const captureNames = (await readdir(join(root, 'captures')))
  .filter((n) => n.endsWith('.atom'))
  .sort()
const captures = await Promise.all(
  captureNames.map(async (name) => {
    const text = await readFile(join(root, 'captures', name), 'utf8')
    const updated = /<updated>([^<]+)<\/updated>/.exec(text.slice(0, text.indexOf('<entry>')))?.[1]
    if (!updated) throw new Error(`${name}: no feed <updated>`)
    return { name, text, updated }
  }),
)
captures.sort((a, b) => b.updated.localeCompare(a.updated))

// Newest capture first: each entry id keeps the first (latest) text seen.
const entries = new Map()
for (const capture of captures) {
  for (const [entry] of capture.text.matchAll(/<entry>[\s\S]*?<\/entry>/g)) {
    const id = /<id>([^<]+)<\/id>/.exec(entry)?.[1]
    if (!id) throw new Error(`${capture.name}: an entry without <id>`)
    if (!entries.has(id)) entries.set(id, entry)
  }
}
const newest = captures[0]
const head = newest.text.slice(0, newest.text.indexOf('<entry>'))
const atom = `${head}${[...entries.values()].join('\n  ')}\n</feed>\n`
await writeFile(join(out, 'github-2022-history.atom'), atom)

const incidentNames = (await readdir(join(root, 'incidents')))
  .filter((n) => n.endsWith('.json'))
  .sort()
const documents = await Promise.all(
  incidentNames.map(async (name) =>
    JSON.parse(await readFile(join(root, 'incidents', name), 'utf8')),
  ),
)
const incidents = documents
  .map((doc) => doc.incident)
  .sort((a, b) => b.created_at.localeCompare(a.created_at))
// The list speaks up to the last capture, as a live incidents.json fetched then would.
const page = { ...documents[0].page, updated_at: newest.updated }
await writeFile(join(out, 'github-2022-incidents.json'), `${JSON.stringify({ page, incidents })}\n`)

console.log(
  `github-2022-history.atom: ${entries.size} entries from ${captures.length} captures; ` +
    `github-2022-incidents.json: ${incidents.length} incidents; data end ${newest.updated}`,
)
