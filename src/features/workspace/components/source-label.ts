import type { SourceStatus } from '../use-vendor-views'

/** A source as a person reads it: its address, demo file or imported file name. */
export function sourceLabel(status: SourceStatus): string {
  const { source } = status
  if (source.kind === 'url') return source.url
  if (source.kind === 'demo') return `demo file ${source.path.replace('/demo/', '')}`
  return `imported ${source.name}`
}
