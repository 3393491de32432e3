import { useMemo } from 'react'
import type { BodyFormat } from '../../core/model'
import { sanitizeBody } from './sanitize-body'

interface SafeHtmlProps {
  body: string
  format: BodyFormat
  className?: string
}

/** The one place feed HTML reaches the DOM: sanitized right before it is set. Text stays text. */
export function SafeHtml({ body, format, className }: SafeHtmlProps) {
  const html = useMemo(() => {
    if (format === 'text') return null
    try {
      return sanitizeBody(body, format)
    } catch {
      // DOMPurify refuses some trees outright: the body then shows as text, never as markup.
      return null
    }
  }, [body, format])
  if (html === null) return <div className={`whitespace-pre-wrap ${className ?? ''}`}>{body}</div>
  return (
    <div className={`feed-html ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />
  )
}
