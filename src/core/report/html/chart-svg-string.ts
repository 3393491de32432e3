import type { ChartSpec } from './chart-spec'
import { escapeHtml } from './escape-html'

/** Two decimals are plenty for a printed chart and keep the file small. */
const n = (value: number) => String(Math.round(value * 100) / 100)

const titleOf = (title: string | undefined) => (title ? `<title>${escapeHtml(title)}</title>` : '')

/** A ChartSpec as an inline SVG string (the CLI's HTML report). */
export function chartSvgString(spec: ChartSpec): string {
  const lines = spec.lines.map(
    (l) =>
      `<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}" stroke="${escapeHtml(l.stroke)}"${l.dash ? ` stroke-dasharray="${escapeHtml(l.dash)}"` : ''}/>`,
  )
  const rects = spec.rects.map((r) => {
    const attributes = [
      `x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" fill="${escapeHtml(r.fill)}"`,
      r.opacity === undefined ? '' : ` fill-opacity="${n(r.opacity)}"`,
      r.stroke ? ` stroke="${escapeHtml(r.stroke)}" stroke-width="0.5"` : '',
    ].join('')
    return r.title ? `<rect ${attributes}>${titleOf(r.title)}</rect>` : `<rect ${attributes}/>`
  })
  const texts = spec.texts.map(
    (t) =>
      `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${n(t.size)}" text-anchor="${t.anchor}" fill="${escapeHtml(t.fill ?? '#0f172a')}"${t.weight === 'bold' ? ' font-weight="bold"' : ''}>${escapeHtml(t.text)}${titleOf(t.title)}</text>`,
  )
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(spec.width)} ${n(spec.height)}" width="${n(spec.width)}" height="${n(spec.height)}" role="img" aria-label="${escapeHtml(spec.label)}">`,
    ...lines,
    ...rects,
    ...texts,
    '</svg>',
  ].join('')
}
