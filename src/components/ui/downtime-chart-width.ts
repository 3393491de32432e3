/**
 * Every how-many-th category label fits the axis. Given explicitly, recharts skips measuring each
 * label in the DOM (which cost ~140 ms of forced layouts on a 367-week axis).
 */
export function categoryTickInterval(labels: readonly string[], axisWidth: number): number {
  const longest = labels.reduce((max, label) => Math.max(max, label.length), 0)
  const perTick = longest * 6.5 + 16
  const fitting = Math.max(1, Math.floor(axisWidth / perTick))
  return Math.max(0, Math.ceil(labels.length / fitting) - 1)
}
