/** The app's one worker script (parsing and merging); a bundler-visible URL, so it is built. */
export const spawnParseWorker = () =>
  new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' })
