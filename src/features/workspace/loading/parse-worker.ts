/// <reference lib="webworker" />
// First: zod must be jitless before any schema is created (no eval under the app's CSP).
import '../../../core/zod-jitless'
import { parseFeed, type ParseOptions } from '../../../core/parse/index'
import { handleMergeMessage } from './merge-in-worker'
import type { MergeMessage } from './merge-messages'

export interface ParseRequest {
  id: number
  text: string
  options: ParseOptions
}

// Parsing and merging run here so a 5 MiB feed never blocks the page (performance.md B3).
self.onmessage = (event: MessageEvent<ParseRequest | MergeMessage>) => {
  const request = event.data
  if ('kind' in request) handleMergeMessage(request, (reply) => self.postMessage(reply))
  else self.postMessage({ id: request.id, outcome: parseFeed(request.text, request.options) })
}
