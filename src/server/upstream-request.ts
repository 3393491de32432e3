import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'
import { rootCertificates } from 'node:tls'
import type { FetchPolicy } from './config'
import { abortReason } from './deadline'
import { ProxyError } from './errors'
import type { CheckedUrl } from './url-policy'

export interface Validators {
  etag?: string
  lastModified?: string
}

type RequestRules = Pick<
  FetchPolicy,
  'connectTimeoutMs' | 'userAgent' | 'loopToken' | 'tlsCa' | 'beforeConnect' | 'route'
>

/** The only headers that leave: nothing of the browser's request (cookies, auth, IPs) is passed on. */
function outgoingHeaders(target: CheckedUrl, rules: RequestRules, validators: Validators) {
  const headers: Record<string, string> = {
    host: target.url.host,
    'user-agent': rules.userAgent,
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/json, ' +
      'application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.5, */*;q=0.1',
    'accept-encoding': 'gzip, deflate, br',
    // Lets a proxy that reaches itself through some public address recognise the loop.
    via: `1.1 ${rules.loopToken}`,
    connection: 'close',
  }
  if (validators.etag) headers['if-none-match'] = validators.etag
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified
  return headers
}

/**
 * One GET to an address that was already checked, with the original name as Host and TLS SNI,
 * so certificates are verified against the name the user typed. Resolves at response headers.
 */
export function requestUpstream(
  target: CheckedUrl,
  address: string,
  rules: RequestRules,
  validators: Validators,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  signal.throwIfAborted()
  const dial = rules.route?.(address, target.port) ?? { address, port: target.port }
  rules.beforeConnect?.(dial.address, dial.port)
  const isHttps = target.url.protocol === 'https:'
  const request = (isHttps ? httpsRequest : httpRequest)({
    host: dial.address,
    port: dial.port,
    path: `${target.url.pathname}${target.url.search}`,
    method: 'GET',
    headers: outgoingHeaders(target, rules, validators),
    agent: false,
    ...(isHttps && {
      servername: isIP(target.hostname) ? undefined : target.hostname,
      ca: rules.tlsCa ? [...rootCertificates, rules.tlsCa] : undefined,
    }),
  })
  return new Promise((resolve, reject) => {
    const onAbort = () => request.destroy(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
    request.once('close', () => signal.removeEventListener('abort', onAbort))
    request.once('socket', (socket) => {
      if (!socket.connecting) return
      const connectTimer = setTimeout(
        () => request.destroy(new ProxyError('timeout')),
        rules.connectTimeoutMs,
      )
      socket.once('connect', () => clearTimeout(connectTimer))
      socket.once('close', () => clearTimeout(connectTimer))
    })
    request.once('response', (response) => {
      response.once('close', () => signal.removeEventListener('abort', onAbort))
      resolve(response)
    })
    // `on`, not `once`: a socket can fail again after the response started; nothing may go unhandled.
    request.on('error', (error) => reject(toProxyError(error, signal)))
    request.end()
  })
}

/** Socket, TLS and parser failures become one kind: the message never names the address. */
function toProxyError(error: unknown, signal: AbortSignal): ProxyError {
  if (error instanceof ProxyError) return error
  if (signal.aborted) return abortReason(signal)
  return new ProxyError('upstream_error')
}
