import type { Incident } from '../model'
import { collectSegments } from './collect-segments'
import type { DurationSource } from './resolve-span'
import { WHOLE_VENDOR } from './states'
import { parseInstant } from '../time/parse-instant'
import {
  mergedRunPoints,
  pickComponentState,
  pickVendorState,
  sweepStates,
  type StateTimeline,
} from './sweep'

/** One de-duplicated item with its span by the chosen duration source. */
export interface TimelineItem {
  incident: Incident
  start: number
  /** Null while open; never after now. */
  end: number | null
  durationMinutes: number | null
  /** Component names; empty means the whole vendor, which counts against every component. */
  components: readonly string[]
}

export interface ComponentTimeline {
  name: string
  timeline: StateTimeline
  items: TimelineItem[]
}

export interface VendorTimeline {
  now: number
  items: TimelineItem[]
  /** Known components first (in the order given), then others by name; WHOLE_VENDOR last. */
  components: ComponentTimeline[]
  vendor: StateTimeline
  warnings: string[]
}

export interface TimelineOptions {
  now: string
  durationSource?: DurationSource
  /** Component names known from the source, in page order. */
  components?: readonly string[]
}

/** Items by component name, and the items naming none (the whole vendor's), in one pass. */
function itemsPerComponent(items: readonly TimelineItem[]) {
  const byComponent = new Map<string, TimelineItem[]>()
  const vendorWide: TimelineItem[] = []
  for (const item of items) {
    if (item.components.length === 0) vendorWide.push(item)
    for (const name of item.components) {
      const list = byComponent.get(name)
      if (list) list.push(item)
      else byComponent.set(name, [item])
    }
  }
  return { byComponent, vendorWide }
}

/**
 * De-duplicates one vendor's items and sweeps them into per-component and vendor state timelines.
 * Items naming no component join every component and a WHOLE_VENDOR row of their own; the vendor
 * timeline is the worst over the named components (over WHOLE_VENDOR when there are none).
 */
export function buildVendorTimeline(
  incidents: readonly Incident[],
  options: TimelineOptions,
): VendorTimeline {
  const now = parseInstant(options.now)
  if (!Number.isFinite(now)) throw new RangeError(`now is not a date: "${options.now}"`)
  const { items, buffers, wholeVendor, warnings } = collectSegments(incidents, options, now)
  const { byComponent, vendorWide } = itemsPerComponent(items)
  const wholeVendorPoints = wholeVendor.sorted()
  const known = new Set(options.components)
  const names = [...buffers.keys()]
  const ordered = names
    .filter((name) => known.has(name))
    .concat(names.filter((name) => !known.has(name)).sort())
  const components: ComponentTimeline[] = ordered.map((name) => ({
    name,
    timeline: sweepStates(
      buffers.get(name)?.sortedWith(wholeVendorPoints) ?? wholeVendorPoints,
      pickComponentState,
    ),
    items: (byComponent.get(name) ?? []).concat(vendorWide),
  }))
  if (vendorWide.length > 0) {
    const timeline = sweepStates(wholeVendorPoints, pickComponentState)
    components.push({ name: WHOLE_VENDOR, timeline, items: vendorWide })
  }
  const named =
    components.length > 1 ? components.filter((row) => row.name !== WHOLE_VENDOR) : components
  const vendorPoints = mergedRunPoints(named.map((row) => row.timeline))
  return { now, items, components, vendor: sweepStates(vendorPoints, pickVendorState), warnings }
}
