// `npm start`: build the app and the server when dist/ or dist-node/ is missing or older than its
// sources, then run the built server (dist-node/server/main.js) in this process, so SIGTERM
// reaches its graceful shutdown. With SKIP_BUILD=1 a missing or stale server bundle is never run:
// the server then starts from its sources through tsx, as before the bundle existed.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const builtIndex = join(root, 'dist', 'index.html')
const serverBundle = join(root, 'dist-node', 'server', 'main.js')
// Written by scripts/build-server.mjs: the source files inside the bundle.
const serverSources = join(root, 'dist-node', 'server', 'sources.json')
// What ends up in dist/: the browser sources and the build configuration, not the server or tests.
const inputs = ['index.html', 'public', 'src', 'vite.config.ts', 'package.json', 'tsconfig.json']
const notBuilt = /(^|\/)(server|cli)(\/|$)|\.test\.tsx?$/

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) {
    const child = join(path, entry)
    if (!notBuilt.test(child.slice(root.length))) newest = Math.max(newest, newestMtime(child))
  }
  return newest
}

function needsBuild() {
  if (!existsSync(builtIndex)) return true
  const builtAt = statSync(builtIndex).mtimeMs
  return inputs.some((input) => newestMtime(join(root, input)) > builtAt)
}

function serverBundleFresh() {
  if (!existsSync(serverBundle) || !existsSync(serverSources)) return false
  const builtAt = statSync(serverBundle).mtimeMs
  const sources = [...JSON.parse(readFileSync(serverSources, 'utf8')), 'package.json']
  return sources.every((source) => {
    const path = join(root, source)
    return existsSync(path) && statSync(path).mtimeMs <= builtAt
  })
}

const skipBuild = Boolean(process.env.SKIP_BUILD) && process.env.SKIP_BUILD !== '0'
if (!skipBuild && (needsBuild() || !serverBundleFresh())) {
  console.log('dist/ or dist-node/ is missing or older than the sources: running npm run build')
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

if (serverBundleFresh()) {
  await import('../dist-node/server/main.js')
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/server/main.ts')
}
