// A stand-in for vendors' status pages, on 127.0.0.1 only: the browser tests never leave this machine.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createSyntheticStatuspage } from './synthetic-statuspage.mjs'

const port = Number(process.env.FIXTURE_PORT ?? 4174)
const roots = {
  real: new URL('../src/core/__fixtures__/real/', import.meta.url).pathname,
  seeds: new URL('../src/core/__fixtures__/seeds/', import.meta.url).pathname,
  e2e: new URL('./fixtures/', import.meta.url).pathname,
}
const types = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/json',
  txt: 'text/plain',
  xml: 'application/xml',
}
const hits = new Map()
// A Statuspage page under /synth for backfill: page 2 of its history fails once, page 3 is slow.
const synthetic = createSyntheticStatuspage({ failOncePage: 2, slowPage: 3, slowMs: 1500 })
// Acme's history.json lists no months: backfill ends at once and changes nothing Acme shows.
const acmeHistory = JSON.stringify({
  page_status: {
    page: {
      id: 'acme00000001',
      name: 'Acme',
      url: 'https://acme.example',
      updated_at: new Date().toISOString(),
    },
  },
  months: [],
})

const statusPage = (origin) => `<!doctype html><html><head><title>Acme Status</title>
<link rel="alternate" type="application/atom+xml" title="Acme Status History" href="${origin}/acme/history.atom">
</head><body><h1>Acme Status</h1></body></html>`

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
  hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1)
  if (url.pathname === '/hits') return res.end(JSON.stringify(Object.fromEntries(hits)))
  if (url.pathname === '/synth-log') return res.end(JSON.stringify(synthetic.report()))
  if (url.pathname === '/synth' || url.pathname.startsWith('/synth/')) {
    const origin = `http://127.0.0.1:${port}/synth`
    return synthetic.handle(req, res, origin, url.pathname.slice('/synth'.length), url.search)
  }
  if (url.pathname === '/acme/history.json')
    return res.writeHead(200, { 'content-type': 'application/json' }).end(acmeHistory)
  if (url.pathname === '/acme' || url.pathname === '/acme/') {
    res.setHeader('content-type', 'text/html; charset=utf-8')
    return res.end(statusPage(`http://127.0.0.1:${port}`))
  }
  if (url.pathname === '/acme/history.atom')
    url.pathname = '/real/statuspage-history-github-2026-08-22.atom'
  if (url.pathname === '/broken') return res.writeHead(500).end('upstream exploded')
  if (url.pathname === '/html')
    return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>not a feed</p>')
  const [, root, ...rest] = url.pathname.split('/')
  const dir = roots[root ?? '']
  const name = rest.join('/')
  if (!dir || !name || name.includes('..')) return res.writeHead(404).end('not found')
  try {
    const body = await readFile(join(dir, name))
    res.writeHead(200, { 'content-type': types[name.split('.').pop() ?? ''] ?? 'text/plain' })
    res.end(body)
  } catch {
    res.writeHead(404).end('not found')
  }
}).listen(port, '127.0.0.1', () => console.log(`fixtures on http://127.0.0.1:${port}`))
