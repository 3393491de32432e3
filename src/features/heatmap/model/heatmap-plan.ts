import type { HeatmapRow } from './heatmap-model'
import { MIN_COVERED_SHARE, stepOf } from './heatmap-steps'

/** What each cell shows, row-major (row × days + day): the canvas only paints this. */
export interface HeatmapPlan {
  days: number
  rows: number
  /** HEATMAP_STEPS index, or NO_DATA_STEP. */
  steps: Uint8Array
  /** 1 where the day had maintenance. */
  maintenance: Uint8Array
  /** 1 where the data covers only part of the day. */
  partial: Uint8Array
}

// Plans per row list (heatmapSeries keeps a list while its rows stay), so reopening reuses one.
const plans = new WeakMap<readonly HeatmapRow[], HeatmapPlan>()

/** planHeatmap, remembered per row list and day count. */
export function rememberedPlan(rows: readonly HeatmapRow[], days: number): HeatmapPlan {
  const known = plans.get(rows)
  if (known?.days === days) return known
  const plan = planHeatmap(rows, days)
  plans.set(rows, plan)
  return plan
}

/** Classifies every cell once per data or method change, so painting and hovering do no maths. */
export function planHeatmap(rows: readonly HeatmapRow[], days: number): HeatmapPlan {
  const size = rows.length * days
  const plan: HeatmapPlan = {
    days,
    rows: rows.length,
    steps: new Uint8Array(size),
    maintenance: new Uint8Array(size),
    partial: new Uint8Array(size),
  }
  rows.forEach((row, r) => {
    for (let day = 0; day < days; day += 1) {
      const cell = r * days + day
      const covered = row.coverage[day] ?? 0
      plan.steps[cell] = stepOf(row.weighted[day] ?? 0, row.incidentMinutes[day] ?? 0, covered)
      plan.maintenance[cell] = (row.minutes.maintenance[day] ?? 0) > 0 ? 1 : 0
      plan.partial[cell] = covered >= MIN_COVERED_SHARE && covered < 0.999 ? 1 : 0
    }
  })
  return plan
}
