import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Text of each page of a PDF, one line per text line, read with pdf.js (no system tools). */
export async function pdfPages(path: string): Promise<string[]> {
  const data = new Uint8Array(readFileSync(path))
  const document = await getDocument({ data, useSystemFonts: false, isEvalSupported: false })
    .promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number)
    const content = await page.getTextContent()
    let text = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      text += item.str + (item.hasEOL ? '\n' : '')
    }
    pages.push(text)
  }
  await document.destroy()
  return pages
}
