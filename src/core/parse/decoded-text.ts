import { createMemoCache, type MemoCache } from '../memo'
import { decodeXmlEntities } from '../text/entities'

// Adapters' canParse checks and their parse read the same long bodies (an RSS description up to
// three times): each long text is decoded once. Short texts cost less to decode than to look up.
const MIN_REMEMBERED = 512
const MAX_REMEMBERED = 4096
const newCache = () => createMemoCache<string>({ limit: MAX_REMEMBERED })
let remembered: MemoCache<string> = newCache()

/** decodeXmlEntities, remembered for long texts until the next document. */
export function decodeXmlText(text: string): string {
  if (text.length < MIN_REMEMBERED) return decodeXmlEntities(text)
  return remembered.get(text, () => decodeXmlEntities(text))
}

/** Drops what the previous document's texts decoded to, so it is not kept alive. */
export function forgetDecodedText(): void {
  remembered = newCache()
}
