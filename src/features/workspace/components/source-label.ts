import type { SourceConfig } from '../settings/settings-schema'
import type { SourceStatus } from '../hooks/use-vendor-views'

/** A source as a person reads it: its address, demo file or imported file name. */
export function sourceLabel(status: SourceStatus): string {
  return sourceConfigLabel(status.source)
}

export function sourceConfigLabel(source: SourceConfig): string {
  if (source.kind === 'url') return source.url
  if (source.kind === 'demo') return `demo file ${source.path.replace('/demo/', '')}`
  return `imported ${source.name}`
}
