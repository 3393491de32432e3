import type { Plugin } from 'vite'

/** The module whose default export is the parse Worker's script URL. */
export const PARSE_WORKER_URL_MODULE = 'virtual:parse-worker-url'
const RESOLVED = `\0${PARSE_WORKER_URL_MODULE}`
const WORKER_ENTRY = '/src/features/workspace/loading/parse-worker.ts'

/**
 * Builds the parse Worker as one more entry of the app's own bundle instead of Vite's separate
 * worker bundle, so the Worker and the page share the parser's chunks rather than each carrying
 * a copy. `npm run dev` (and vitest) serve the source module as it is.
 */
export function workerChunkPlugin(): Plugin {
  let building = false
  return {
    name: 'vendor-reliability-worker-chunk',
    configResolved(config) {
      building = config.command === 'build'
    },
    resolveId(id) {
      return id === PARSE_WORKER_URL_MODULE ? RESOLVED : null
    },
    load(id) {
      if (id !== RESOLVED) return null
      if (!building)
        return `export default new URL(${JSON.stringify(WORKER_ENTRY)}, import.meta.url).href`
      const reference = this.emitFile({ type: 'chunk', id: WORKER_ENTRY, name: 'parse-worker' })
      return `export default import.meta.ROLLUP_FILE_URL_${reference}`
    },
  }
}
