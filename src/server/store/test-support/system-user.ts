import { readFileSync } from 'node:fs'

/**
 * A local account's numeric ids, read from /etc/passwd, so a test running as root can start a child
 * as that account through Node's own `uid`/`gid` spawn options (no runuser or id program needed).
 */
export function systemUser(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`))
  const [, , uid, gid] = line?.split(':') ?? []
  if (uid === undefined || gid === undefined)
    throw new Error(`No local account "${name}": install the package that creates it.`)
  return { uid: Number(uid), gid: Number(gid) }
}
