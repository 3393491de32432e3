import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** The app as `npm run build` makes it, in a folder of the bench's own. */
export const APP_DIST = `${ROOT}dist-bench`
/** The hello-world baseline, served by the same server under /bench-hello/. */
export const HELLO_DIST = `${APP_DIST}/bench-hello`

function vite(args: string[]) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (build.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`)
}

let built = false

/** Builds the app and the hello world once per bench run (both with vite.config.ts). */
export function buildApps(): void {
  if (built) return
  rmSync(APP_DIST, { recursive: true, force: true })
  vite(['--outDir', APP_DIST, '--emptyOutDir'])
  // The server bundle `npm start` runs (dist-node/), as `npm run build` makes it.
  const server = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  if (server.status !== 0) throw new Error('scripts/build-server.mjs failed')
  const hello = `${ROOT}dist-bench-hello`
  vite([
    'bench/hello',
    '--config',
    'vite.config.ts',
    '--base',
    '/bench-hello/',
    '--outDir',
    hello,
    '--emptyOutDir',
  ])
  cpSync(hello, HELLO_DIST, { recursive: true })
  // fast-xml-parser's browser build, for B3's worker-side baseline parse.
  cpSync(`${ROOT}node_modules/fast-xml-parser/lib/fxp.min.js`, `${HELLO_DIST}/fxp.min.js`)
  rmSync(hello, { recursive: true, force: true })
  if (!existsSync(`${HELLO_DIST}/index.html`))
    throw new Error('the hello-world build has no index.html')
  built = true
}
