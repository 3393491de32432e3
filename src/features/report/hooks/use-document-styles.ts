import { useInsertionEffect } from 'react'

/**
 * Adds a stylesheet given as text while the component is mounted. A constructed sheet passes the
 * app's Content-Security-Policy (style-src 'self'), which refuses <style> elements.
 */
export function useDocumentStyles(css: string): void {
  useInsertionEffect(() => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  }, [css])
}
