import parseWorkerUrl from 'virtual:parse-worker-url'

/** The app's one worker script (parsing and merging), a chunk of the app's own build. */
export const spawnParseWorker = () => new Worker(parseWorkerUrl, { type: 'module' })
