// `npm run build` (second half): bundles the server (src/server/main.ts and what it imports from
// src/) into dist-node/server/main.js with Vite's SSR build, so `npm start` runs plain JavaScript
// instead of compiling TypeScript with tsx at every start.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = `${root}dist-node/server`

const result = await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  // Packages bundled in too: loading zod's and fast-xml-parser's many files cost most of a start.
  // The database drivers stay imports: PGlite finds its WASM and data files next to its module.
  ssr: { noExternal: true, external: ['@electric-sql/pglite', 'pg'] },
  build: {
    ssr: 'src/server/main.ts',
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'main.js' } },
  },
})
// The source files in the bundle: start.mjs compares their times with the bundle's.
const outputs = Array.isArray(result) ? result : [result]
const modules = outputs.flatMap((output) =>
  'output' in output
    ? output.output.flatMap((chunk) => ('modules' in chunk ? Object.keys(chunk.modules) : []))
    : [],
)
const sources = modules.filter((id) => id.startsWith(root) && !id.includes('/node_modules/'))
writeFileSync(`${outDir}/sources.json`, JSON.stringify(sources.map((id) => id.slice(root.length))))
