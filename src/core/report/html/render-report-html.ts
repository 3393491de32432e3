import type { LegendEntry } from './chart-spec'
import { chartSvgString } from './chart-svg-string'
import type {
  ReportDocumentModel,
  ReportFact,
  ReportFigure,
  ReportTable,
  VendorSection,
} from './document-model'
import { escapeHtml as e } from './escape-html'
import { REPORT_CSS } from './report-css'

const toneClass = (tone: string | undefined) => (tone ? ` class="vr-${tone}"` : '')

function fact(f: ReportFact): string {
  const detail = f.detail ? `<span class="vr-detail">${e(f.detail)}</span>` : ''
  return `<div class="vr-fact"><dt>${e(f.label)}</dt><dd${toneClass(f.tone)}>${e(f.value)}${detail}</dd></div>`
}

function table(t: ReportTable, id: string): string {
  const cellClass = (c: number) =>
    t.numeric[c] ? ' class="vr-num"' : c === 0 ? ' class="vr-nowrap"' : ''
  const head = t.head.map((h, c) => `<th scope="col"${cellClass(c)}>${e(h)}</th>`).join('')
  const rows = t.rows.map((row) => {
    if (row.kind === 'section')
      return `<tr class="vr-section"><td colspan="${t.head.length}">${e(row.cells[0] ?? '')}</td></tr>`
    const classes = [row.kind === 'total' ? 'vr-total' : '', row.tone === 'muted' ? 'vr-muted' : '']
    const rowClass = classes.filter(Boolean).join(' ')
    const cells = row.cells.map((cell, c) => {
      const toned = c === t.toneColumn && row.tone
      return `<td${toned ? ` class="vr-${row.tone}"` : cellClass(c)}>${e(cell)}</td>`
    })
    return `<tr${rowClass ? ` class="${rowClass}"` : ''}>${cells.join('')}</tr>`
  })
  const note = t.note ? `<p class="vr-table-note">${e(t.note)}</p>` : ''
  const body = `<div class="vr-scroll" role="region" aria-labelledby="${id}" tabindex="0"><table class="vr-table${t.className ? ` ${e(t.className)}` : ''}" aria-labelledby="${id}"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  return `<h3 id="${id}">${e(t.caption)}</h3>${t.rows.length > 0 ? body : ''}${note}`
}

const legend = (entries: readonly LegendEntry[]) =>
  `<ul class="vr-legend">${entries
    .map(
      (l) =>
        `<li><span class="vr-swatch" style="background:${e(l.fill)};${l.stroke ? `border-color:${e(l.stroke)}` : ''}"></span>${e(l.label)}</li>`,
    )
    .join('')}</ul>`

function figure(f: ReportFigure): string {
  const chart = f.chart ? `${chartSvgString(f.chart)}${legend(f.chart.legend)}` : ''
  return `<figure class="vr-figure" tabindex="0" aria-label="${e(f.title)}"><h3>${e(f.title)}</h3>${chart}<figcaption class="vr-caption">${e(f.caption)}</figcaption></figure>`
}

function vendor(v: VendorSection, index: number): string {
  const id = (part: string) => `v${index}-${part}`
  return [
    `<section class="vr-vendor" aria-labelledby="${id('name')}">`,
    `<h2 id="${id('name')}">${e(v.name)}</h2>`,
    `<div class="vr-meta">${v.meta.map((line) => `<p>${e(line)}</p>`).join('')}</div>`,
    `<dl class="vr-facts">${v.facts.map(fact).join('')}</dl>`,
    v.notice ? `<p class="vr-notice">${e(v.notice)}</p>` : '',
    v.sla ? table(v.sla, id('sla')) : '',
    v.components ? table(v.components, id('components')) : '',
    v.heatmap ? figure(v.heatmap) : '',
    v.downtime ? figure(v.downtime) : '',
    table(v.incidents, id('incidents')),
    `<h3>Method and coverage</h3><dl class="vr-notes">${v.notes
      .map((n) => `<div><dt>${e(n.label)}</dt><dd>${e(n.text)}</dd></div>`)
      .join('')}</dl>`,
    '</section>',
  ].join('\n')
}

/** The print report as one standalone HTML file: inline CSS and SVG, no scripts, all text escaped. */
export function renderReportHtml(model: ReportDocumentModel): string {
  const head = `<header class="vr-doc-head"><h1>${e(model.title)}</h1>${model.lines.map((l) => `<p>${e(l)}</p>`).join('')}</header>`
  const body = model.vendors.length
    ? model.vendors.map(vendor).join('\n')
    : '<p class="vr-empty">No vendor in this report.</p>'
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${model.title} — ${model.lines[0] ?? ''}`)}</title>`,
    `<style>body { margin: 0; background: #fff; } @media screen { body { background: #f1f5f9; padding: 24px 12px; } }${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<main class="vr-report">${head}\n${body}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
