import type { ChartSpec, LegendEntry } from '../../../core/report/html/chart-spec'

/** A ChartSpec as React SVG elements: the same shapes the CLI writes as a string. */
export function ChartSvg({ spec }: { spec: ChartSpec }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${spec.width} ${spec.height}`}
      width={spec.width}
      height={spec.height}
      role="img"
      aria-label={spec.label}
    >
      {spec.lines.map((l, i) => (
        <line
          key={`l${i}`}
          x1={l.x1}
          y1={l.y1}
          x2={l.x2}
          y2={l.y2}
          stroke={l.stroke}
          strokeDasharray={l.dash}
        />
      ))}
      {spec.rects.map((r, i) => (
        <rect
          key={`r${i}`}
          x={r.x}
          y={r.y}
          width={r.w}
          height={r.h}
          fill={r.fill}
          fillOpacity={r.opacity}
          stroke={r.stroke}
          strokeWidth={r.stroke ? 0.5 : undefined}
        >
          {r.title && <title>{r.title}</title>}
        </rect>
      ))}
      {spec.texts.map((t, i) => (
        <text
          key={`t${i}`}
          x={t.x}
          y={t.y}
          fontSize={t.size}
          textAnchor={t.anchor}
          fill={t.fill ?? '#0f172a'}
          fontWeight={t.weight === 'bold' ? 'bold' : undefined}
        >
          {t.text}
          {t.title && <title>{t.title}</title>}
        </text>
      ))}
    </svg>
  )
}

export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="vr-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span
            className="vr-swatch"
            style={{ background: entry.fill, borderColor: entry.stroke ?? 'transparent' }}
          />
          {entry.label}
        </li>
      ))}
    </ul>
  )
}
