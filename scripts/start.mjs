// Minimal static server until the proxy issue replaces it with src/server.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { extname, join, normalize } from 'node:path'

const dist = new URL('../dist/', import.meta.url).pathname
if (!process.env.SKIP_BUILD && !existsSync(join(dist, 'index.html'))) execSync('npm run build', { stdio: 'inherit' })
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }
const port = Number(process.env.PORT ?? 8080)
createServer(async (req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '')
  const file = join(dist, path && existsSync(join(dist, path)) ? path : 'index.html')
  res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream')
  res.end(await readFile(file))
}).listen(port, process.env.HOST ?? '0.0.0.0', () => console.log(`Serving on http://localhost:${port}`))
