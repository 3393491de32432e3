/**
 * The print report's stylesheet, shared by the CLI's HTML file and the app's report page so both
 * print alike. Always light colours; everything scoped under .vr-report.
 */
export const REPORT_CSS = `
@page { size: auto; margin: 14mm 12mm 16mm; }
.vr-report { color: #0f172a; background: #fff; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; color-scheme: light; text-align: left; }
.vr-report *, .vr-report *::before, .vr-report *::after { box-sizing: border-box; }
.vr-report h1 { font-size: 22px; line-height: 1.2; margin: 0 0 6px; font-weight: 700; }
.vr-report h2 { font-size: 18px; line-height: 1.25; margin: 0 0 4px; font-weight: 700; border-bottom: 2px solid #0f766e; padding-bottom: 4px; }
.vr-report h3 { font-size: 13px; margin: 14px 0 4px; font-weight: 600; break-after: avoid; page-break-after: avoid; }
.vr-report p { margin: 0; }
.vr-doc-head { margin-bottom: 18px; }
.vr-doc-head p { color: #334155; }
.vr-vendor { margin-top: 22px; }
.vr-vendor + .vr-vendor { break-before: page; page-break-before: always; }
.vr-meta { color: #475569; font-size: 11.5px; margin: 4px 0 10px; }
.vr-meta p { overflow-wrap: anywhere; }
.vr-facts { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 6px; margin: 8px 0 6px; padding: 0; break-inside: avoid; }
.vr-fact { border: 1px solid #e2e8f0; border-radius: 6px; padding: 5px 8px; margin: 0; }
.vr-fact dt { font-size: 10px; color: #475569; text-transform: uppercase; letter-spacing: 0.03em; }
.vr-fact dd { margin: 0; font-size: 15px; font-weight: 650; font-variant-numeric: tabular-nums; }
.vr-fact .vr-detail { display: block; font-size: 10.5px; font-weight: 400; color: #475569; }
.vr-good { color: #047857; }
.vr-bad { color: #b91c1c; }
.vr-muted { color: #64748b; }
.vr-scroll { overflow-x: auto; }
.vr-table { width: 100%; border-collapse: collapse; font-size: 10.5px; margin: 0 0 6px; }
.vr-table th, .vr-table td { border-bottom: 1px solid #e2e8f0; padding: 3px 5px; text-align: left; vertical-align: top; }
.vr-table th { background: #f1f5f9; font-weight: 600; color: #1e293b; border-bottom-color: #cbd5e1; }
.vr-table thead { display: table-header-group; }
.vr-table tr { break-inside: avoid; page-break-inside: avoid; }
.vr-table .vr-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.vr-table .vr-nowrap { white-space: nowrap; }
.vr-table .vr-total td { font-weight: 700; background: #f8fafc; }
.vr-table .vr-section td { font-weight: 600; color: #475569; padding-top: 7px; background: #fff; }
.vr-table .vr-muted td { color: #475569; }
.vr-incidents td:nth-child(4) { width: 33%; }
.vr-incidents td:nth-child(5) { width: 22%; }
.vr-notice { border: 1px solid #cbd5e1; border-left: 4px solid #64748b; background: #f8fafc; padding: 8px 10px; margin: 8px 0 10px; border-radius: 4px; }
.vr-table-note, .vr-caption { font-size: 10.5px; color: #475569; margin: 2px 0 8px; }
.vr-figure { margin: 0 0 8px; break-inside: avoid; page-break-inside: avoid; }
.vr-figure svg { display: block; width: 100%; height: auto; max-width: 680px; font-family: inherit; }
.vr-legend { display: flex; flex-wrap: wrap; gap: 2px 12px; list-style: none; margin: 4px 0 2px; padding: 0; font-size: 10.5px; color: #334155; }
.vr-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; border: 1px solid transparent; }
.vr-notes { margin: 6px 0 0; font-size: 11px; color: #334155; break-inside: avoid; page-break-inside: avoid; }
.vr-notes div { margin: 0 0 3px; }
.vr-notes dt { display: inline; font-weight: 600; }
.vr-notes dt::after { content: ': '; }
.vr-notes dd { display: inline; margin: 0; }
.vr-empty { color: #475569; font-style: italic; }
@media screen {
  .vr-report { max-width: 820px; margin: 0 auto; padding: 28px 32px; border: 1px solid #e2e8f0; border-radius: 8px; box-shadow: 0 1px 3px rgba(15, 23, 42, 0.08); }
  .vr-vendor + .vr-vendor { border-top: 1px dashed #cbd5e1; padding-top: 22px; margin-top: 28px; }
  .vr-vendor { content-visibility: auto; contain-intrinsic-size: auto 2400px; }
}
@media screen and (max-width: 640px) {
  .vr-report { padding: 16px 12px; }
  .vr-facts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .vr-figure { overflow-x: auto; }
  .vr-figure svg { min-width: 600px; }
  .vr-incidents { min-width: 760px; }
  .vr-table { min-width: 560px; }
}
@media print {
  .vr-report { font-size: 10pt; max-width: none; margin: 0; padding: 0; border: 0; box-shadow: none; }
  .vr-vendor:first-of-type { margin-top: 12px; }
  .vr-scroll { overflow: visible; }
}
`
