import { parseFeed } from '../../../core/parse/index'

export { prebuiltDemoPath } from './prebuilt-demo'

/** A demo file as the app reads it in the browser: the same parser with the same location option. */
export function demoFeedJson(text: string, path: string): string {
  const outcome = parseFeed(text, { location: path })
  if (!outcome.ok) throw new Error(`${path}: ${outcome.error.message}`)
  return JSON.stringify(outcome.feed)
}
