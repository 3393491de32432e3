// Provided by scripts/worker-chunk-plugin.ts: the parse Worker's script URL.
declare module 'virtual:parse-worker-url' {
  const url: string
  export default url
}
