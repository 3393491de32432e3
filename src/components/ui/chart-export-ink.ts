import { LIGHT_INK, type ChartInk } from './chart-canvas'

/** Exports are light in any theme. */
export const EXPORT_INK: ChartInk = LIGHT_INK

/** One system font stack everywhere in an export (the app ships no web font to embed). */
export const EXPORT_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif"

/** The colour recharts text and axes get in an export (slate-600, as on the light page). */
export const EXPORT_CHART_TEXT = '#475569'
