import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { systemUser } from './system-user'

const root = fileURLToPath(new URL('../../../../', import.meta.url))

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

export interface ServerProcess {
  base: string
  child: ChildProcess
  /** Every line the server wrote (JSON log lines). */
  output: () => string
  exited: Promise<number | null>
  /** GET or write against the server as the app does. */
  call: (path: string, init?: RequestInit) => Promise<Response>
  waitFor: (check: () => Promise<boolean>, timeoutMs?: number) => Promise<void>
  stop: () => Promise<void>
}

/**
 * `npm start` as a real process (no build: API only), with the given environment. With `asUser`,
 * it runs as that user (a root test checking what another user may not write).
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: { asUser?: string } = {},
): Promise<ServerProcess> {
  const port = await freePort()
  const fullEnv = {
    ...process.env,
    NODE_ENV: 'test',
    SKIP_BUILD: '1',
    DIST_DIR: '/nonexistent-dist',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_REQUESTS: '0',
    ...env,
  }
  const account = options.asUser ? systemUser(options.asUser) : undefined
  const command = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: fullEnv,
    ...account,
  })
  let output = ''
  command.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  command.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) =>
    command.once('exit', (code) => resolve(code)),
  )
  const base = `http://127.0.0.1:${port}`
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      ...init,
      headers: {
        'X-Requested-With': 'vendor-reliability',
        'Content-Type': 'application/json',
        ...init.headers,
      },
    })
  async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (await check().catch(() => false)) return
      if (Date.now() > deadline) throw new Error(`timed out waiting; server output:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  return {
    base,
    child: command,
    output: () => output,
    exited,
    call,
    waitFor,
    async stop() {
      if (command.exitCode === null && command.signalCode === null) command.kill('SIGTERM')
      await exited
    },
  }
}
