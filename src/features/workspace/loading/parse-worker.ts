/// <reference lib="webworker" />
// First: zod must be jitless before any schema is created (no eval under the app's CSP).
import '../../../core/zod-jitless'
import { parseFeed, type ParseOptions } from '../../../core/parse/index'

export interface ParseRequest {
  id: number
  text: string
  options: ParseOptions
}

// Parsing runs here so a 5 MiB feed never blocks the page (performance.md B3).
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text, options } = event.data
  self.postMessage({ id, outcome: parseFeed(text, options) })
}
