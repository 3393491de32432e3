// The same hatching the canvas charts draw for each theme (chart-canvas ink).
const NO_DATA_LIGHT = 'repeating-linear-gradient(135deg, #e2e8f0 0 3px, #94a3b8 3px 4.5px)'
const NO_DATA_DARK = 'repeating-linear-gradient(135deg, #1e293b 0 3px, #64748b 3px 4.5px)'

/** The legend entry for time no feed covers, with the swatch of the current theme. */
export function NoDataLegendItem({ swatchBox }: { swatchBox: string }) {
  return (
    <li className="flex items-center gap-1.5">
      <span
        className={`${swatchBox} inline-block dark:hidden`}
        style={{ background: NO_DATA_LIGHT }}
      />
      <span
        className={`${swatchBox} hidden dark:inline-block`}
        style={{ background: NO_DATA_DARK }}
      />
      No data (outside the feed&apos;s coverage)
    </li>
  )
}
