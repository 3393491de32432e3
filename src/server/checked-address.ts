import { isIP } from 'node:net'
import type { FetchPolicy } from './config'
import { classifyAddress, isLocalMachineAddress, isPublicUnicast } from './address-policy'
import { ProxyError } from './errors'
import type { CheckedUrl } from './url-policy'

type AddressRules = Pick<FetchPolicy, 'resolve' | 'selfPorts'>

/**
 * The address to dial for a checked URL, decided right before connecting (security.md §2.2): a
 * literal is checked as is; a name is resolved and every answer must pass, zero answers fail
 * closed. The caller dials exactly the returned address, so a later DNS answer cannot swap it.
 */
export async function resolveCheckedAddress(
  target: CheckedUrl,
  rules: AddressRules,
  signal: AbortSignal,
): Promise<string> {
  const answers = isIP(target.hostname)
    ? [target.hostname]
    : await lookupAll(target.hostname, rules, signal)
  if (answers.length === 0) throw new ProxyError('blocked_address')
  for (const address of answers) {
    if (classifyAddress(address) === 'invalid') throw new ProxyError('blocked_address')
    // The proxy fetching itself is refused even for allow-listed hosts: it would loop.
    if (rules.selfPorts().includes(target.port) && isLocalMachineAddress(address)) {
      throw new ProxyError('blocked_address', { message: 'The proxy does not fetch from itself.' })
    }
    if (!target.exempt && !isPublicUnicast(address)) throw new ProxyError('blocked_address')
  }
  return answers[0] as string
}

async function lookupAll(hostname: string, rules: AddressRules, signal: AbortSignal) {
  signal.throwIfAborted()
  let aborted: (() => void) | undefined
  const abort = new Promise<never>((_, reject) => {
    aborted = () => reject(signal.reason)
    signal.addEventListener('abort', aborted, { once: true })
  })
  try {
    return await Promise.race([rules.resolve(hostname), abort])
  } catch {
    if (signal.aborted) throw signal.reason
    // NXDOMAIN, SERVFAIL and time-outs alike: the message never says which resolver answered what.
    throw new ProxyError('upstream_dns')
  } finally {
    if (aborted) signal.removeEventListener('abort', aborted)
  }
}
