import { decodeXmlEntities } from '../text/entities'

// Adapters' canParse checks and their parse read the same long bodies (an RSS description up to
// three times): each long text is decoded once. Short texts cost less to decode than to look up.
const MIN_REMEMBERED = 512
const MAX_REMEMBERED = 4096
const remembered = new Map<string, string>()

/** decodeXmlEntities, remembered for long texts until the next document. */
export function decodeXmlText(text: string): string {
  if (text.length < MIN_REMEMBERED) return decodeXmlEntities(text)
  let decoded = remembered.get(text)
  if (decoded === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear()
    decoded = decodeXmlEntities(text)
    remembered.set(text, decoded)
  }
  return decoded
}

/** Drops what the previous document's texts decoded to, so it is not kept alive. */
export function forgetDecodedText(): void {
  remembered.clear()
}
