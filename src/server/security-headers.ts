import type { ServerResponse } from 'node:http'

/** The app document's policy: no inline script anywhere (Vite's build emits none). */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')

/** API bodies are data: even if a tab navigates to one, nothing in it may run or load. */
export const API_CSP = "default-src 'none'; sandbox"

/** Headers every response carries, whatever produced it (security.md C4). */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', APP_CSP)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  res.setHeader('X-Frame-Options', 'DENY')
}
