import type { Incident } from '../model'
import { dedupeIncidents } from './dedupe'
import { resolveSpan } from './resolve-span'
import { affectedComponents, emitSegments, type SegmentSink } from './segments'
import { SegmentBuffer } from './sweep'
import type { TimelineItem, TimelineOptions } from './timeline'

export interface CollectedSegments {
  items: TimelineItem[]
  buffers: Map<string, SegmentBuffer>
  wholeVendor: SegmentBuffer
  warnings: string[]
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

function bufferOf(buffers: Map<string, SegmentBuffer>, name: string): SegmentBuffer {
  let buffer = buffers.get(name)
  if (!buffer) {
    buffer = new SegmentBuffer()
    buffers.set(name, buffer)
  }
  return buffer
}

/** De-duplicates the items, resolves their spans and collects their segments per component. */
export function collectSegments(
  incidents: readonly Incident[],
  options: TimelineOptions,
  now: number,
): CollectedSegments {
  const buffers = new Map<string, SegmentBuffer>()
  for (const name of options.components ?? []) bufferOf(buffers, name)
  const wholeVendor = new SegmentBuffer()
  const items: TimelineItem[] = []
  const source = options.durationSource ?? 'declared'
  // One sink for every item rather than a closure per item.
  const sink: SegmentSink = (name, from, to, state) =>
    (name === null ? wholeVendor : bufferOf(buffers, name)).add(from, to, state)
  let [unreadable, upcoming, fellBack] = [0, 0, 0]
  for (const incident of dedupeIncidents(incidents)) {
    const span = resolveSpan(incident, source)
    if (!span || span.start > now) {
      if (span) upcoming += 1
      else unreadable += 1
      continue
    }
    if (span.fellBack) fellBack += 1
    const components = affectedComponents(incident)
    for (const name of components) bufferOf(buffers, name)
    const end = span.end === null ? null : Math.min(span.end, now)
    emitSegments(incident, span.start, end ?? now, sink)
    items.push({
      incident,
      start: span.start,
      end,
      durationMinutes: span.durationMinutes,
      components,
    })
  }
  const warnings: string[] = []
  if (unreadable)
    warnings.push(`${plural(unreadable, 'item', 'items')} with unreadable dates left out`)
  if (upcoming) warnings.push(`${plural(upcoming, 'item', 'items')} starting after now left out`)
  if (fellBack) {
    warnings.push(
      `${plural(fellBack, 'item has', 'items have')} no usable update timeline; declared figures used`,
    )
  }
  return { items, buffers, wholeVendor, warnings }
}
