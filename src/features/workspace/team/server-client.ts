import type { BackfillProgress } from '../../../core/backfill/queue'
import type { Incident } from '../../../core/model'
import type { Interval } from '../archive/archive-types'
import type { VendorConfig } from '../settings/settings-schema'
import type { SourcePollStatus } from '../../../core/api/source-poll'

const TOKEN_KEY = 'vendor-reliability-server-token'

/** The shared workspace as the server holds it. */
export interface ServerWorkspace {
  version: number
  updatedAt: string
  vendors: VendorConfig[]
  backfill: { vendorId: string; sourceId: string; state: Record<string, unknown> }[]
}

export interface ServerHistory {
  vendorId: string
  incidents: Incident[]
  sources: { sourceId: string; intervals: Interval[] }[]
}

/** A backfill the server's collector runs (GET /api/sources). */
export interface ServerBackfill {
  vendorId: string
  sourceId: string
  base: string | null
  months: number | null
  progress: BackfillProgress | null
  nextRunAt: string | null
  lastError: string | null
  failures: number
}

export interface ServerSources {
  sources: SourcePollStatus[]
  backfills?: ServerBackfill[]
  archive: { incidents: number; captures: number; captureBytes: number }
}

export const SERVER_FAILURES = ['absent', 'signin', 'unavailable', 'conflict', 'refused'] as const
export type ServerFailure = (typeof SERVER_FAILURES)[number]

/** Why a server call did not succeed: no store here, a token needed, the store down, a stale write. */
export class ServerError extends Error {
  override name = 'ServerError'
  constructor(
    readonly failure: ServerFailure,
    message: string,
    readonly current?: ServerWorkspace,
  ) {
    super(message)
  }
}

/** The access token lasts for the browser session only. */
export const serverToken = {
  get: (): string | null => {
    try {
      return sessionStorage.getItem(TOKEN_KEY)
    } catch {
      return null
    }
  },
  set: (token: string | null) => {
    try {
      if (token) sessionStorage.setItem(TOKEN_KEY, token)
      else sessionStorage.removeItem(TOKEN_KEY)
    } catch {
      // storage blocked: the token lasts until the page closes
    }
  },
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = serverToken.get()
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        'X-Requested-With': 'vendor-reliability',
        ...(init.body !== undefined && { 'Content-Type': 'application/json' }),
        ...(token && { Authorization: `Bearer ${token}` }),
      },
    })
  } catch {
    throw new ServerError('unavailable', 'The server cannot be reached.')
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { kind?: string; message?: string; current?: ServerWorkspace }
  } | null
  if (response.ok) return body as T
  const message = body?.error?.message ?? `The server answered ${response.status}.`
  if (response.status === 404) throw new ServerError('absent', message)
  if (response.status === 401) throw new ServerError('signin', message)
  if (response.status === 409) throw new ServerError('conflict', message, body?.error?.current)
  if (response.status === 503 || response.status >= 500)
    throw new ServerError('unavailable', message)
  throw new ServerError('refused', message)
}

const json = (value: unknown) => JSON.stringify(value)

export const serverApi = {
  workspace: () => call<ServerWorkspace>('/api/workspace'),
  saveWorkspace: (workspace: Omit<ServerWorkspace, 'updatedAt'>) =>
    call<ServerWorkspace>('/api/workspace', { method: 'PUT', body: json(workspace) }),
  history: (vendorId: string) =>
    call<ServerHistory>(`/api/history?vendor=${encodeURIComponent(vendorId)}`),
  submit: (vendorId: string, sourceId: string, incidents: readonly Incident[]) =>
    call<unknown>('/api/history', {
      method: 'POST',
      body: json({ vendorId, sourceId, incidents }),
    }),
  sources: () => call<ServerSources>('/api/sources'),
}
