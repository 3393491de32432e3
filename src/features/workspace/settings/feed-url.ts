export const MAX_FEED_URL_LENGTH = 2048

export type FeedUrlCheck = { ok: true; url: string } | { ok: false; message: string }

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i
const SPACE_OR_CONTROL = /[\s\p{Cc}]/u

function refuse(message: string): FeedUrlCheck {
  return { ok: false, message }
}

/**
 * The one rule for feed addresses, typed or stored: http(s) only, no user name or password, at most
 * 2048 characters. A bare domain gets `https://`. Returns the normalized address.
 * @example validateFeedUrl('status.example.com') // { ok: true, url: 'https://status.example.com/' }
 * @example validateFeedUrl('javascript:alert(1)') // { ok: false, message: 'Only http:// …' }
 */
export function validateFeedUrl(text: string): FeedUrlCheck {
  const trimmed = text.trim()
  if (trimmed === '') return refuse('Enter the address of a status page or feed.')
  if (trimmed.length > MAX_FEED_URL_LENGTH) {
    return refuse(`The address is longer than ${MAX_FEED_URL_LENGTH} characters.`)
  }
  // The URL parser silently drops tabs and newlines ("java\tscript:"), so refuse them outright.
  if (SPACE_OR_CONTROL.test(trimmed)) {
    return refuse('The address contains spaces or control characters.')
  }
  let url: URL
  try {
    url = new URL(HAS_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`)
  } catch {
    return refuse('This is not a valid web address.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refuse('Only http:// and https:// addresses can be used.')
  }
  if (url.username !== '' || url.password !== '') {
    return refuse('Addresses with a user name or password are not allowed.')
  }
  if (url.hostname === '') return refuse('This is not a valid web address.')
  if (url.href.length > MAX_FEED_URL_LENGTH) {
    return refuse(`The address is longer than ${MAX_FEED_URL_LENGTH} characters.`)
  }
  return { ok: true, url: url.href }
}
