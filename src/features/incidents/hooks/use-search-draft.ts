import { useEffect, useState } from 'react'

const DELAY_MS = 200

/**
 * The search box's own text, written to the URL after a pause in typing, so each keystroke renders
 * only the input and the 10,000-row filter runs once per pause. An outside change of the URL value
 * (back button, a pasted link) replaces the draft.
 */
export function useSearchDraft(
  urlValue: string,
  write: (value: string) => void,
): [string, (value: string) => void] {
  const [draft, setDraft] = useState(urlValue)
  const [written, setWritten] = useState(urlValue)
  if (urlValue !== written) {
    setWritten(urlValue)
    setDraft(urlValue)
  }
  useEffect(() => {
    if (draft === written) return
    const timer = setTimeout(() => {
      setWritten(draft)
      write(draft)
    }, DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft, written, write])
  return [draft, setDraft]
}
