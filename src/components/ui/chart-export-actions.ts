import { renderExportPng } from './chart-export-frame'
import { exportFilename, type ExportSize } from './chart-export-model'
import type { ChartExportSource } from './chart-export-source'
import { renderExportSvg } from './chart-export-svg-document'

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}

const filenameFor = (source: ChartExportSource, extension: 'png' | 'svg') =>
  exportFilename(
    source.chart,
    source.caption.vendors,
    source.caption.period,
    extension,
    source.allVendors,
  )

/** Renders and downloads the PNG; resolves to the file name for the status line. */
export async function savePng(source: ChartExportSource, size: ExportSize): Promise<string> {
  const filename = filenameFor(source, 'png')
  saveBlob(await renderExportPng(source, size), filename)
  return filename
}

export async function saveSvg(source: ChartExportSource): Promise<string> {
  const filename = filenameFor(source, 'svg')
  const text = await renderExportSvg(source, 'document')
  saveBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), filename)
  return filename
}

/** The browser can put a PNG on the clipboard (secure context with the async Clipboard API). */
export function canCopyImage(): boolean {
  return (
    globalThis.isSecureContext === true &&
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function'
  )
}

/** Copies the document-size PNG; the blob is passed as a promise to keep the user's gesture. */
export async function copyPng(source: ChartExportSource): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({ 'image/png': renderExportPng(source, 'document') }),
  ])
}
