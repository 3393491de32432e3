import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CollectorStatus } from '../collector/collector'
import { isUnavailable } from '../store/database'
import type { Store } from '../store/store'
import type { StoreConnector } from '../store/store-connector'
import type { WorkspaceWrite } from '../store/workspace-repo'
import {
  asBackfillRequests,
  workspaceContentSchema,
  workspacePatchSchema,
  workspacePutSchema,
  type WorkspaceContent,
} from '../store/workspace-schema'
import { StoreApiError } from './api-error'
import { historyPostSchema, historyQuerySchema, STORE_API_LIMITS } from './api-schemas'
import { checkSameOrigin, checkToken, hasToken } from './caller-checks'
import { readJson, sendJson, validate } from './http-json'

export interface StoreApiOptions {
  store: StoreConnector
  collector?: () => CollectorStatus | null
  /** Every API call (the proxy's too) must carry it when set. */
  authToken: string | null
  /** Origins of a TLS terminator in front (PUBLIC_ORIGINS), accepted like the server's own. */
  publicOrigins?: readonly string[]
  log: (entry: Record<string, unknown>) => void
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, store: Store) => Promise<void>

const WRITES = new Set(['PUT', 'PATCH', 'POST'])

/**
 * `/api/workspace`, `/api/history`, `/api/sources` and `/api/health`, plus the token check for every
 * `/api/*` call. Returns false for paths it leaves to the proxy.
 */
export function createStoreApi(options: StoreApiOptions) {
  const written = (write: WorkspaceWrite) => {
    if (write.ok) return write.workspace
    throw new StoreApiError(
      'version_conflict',
      'Someone changed the workspace first; here is theirs.',
      {
        current: write.current,
      },
    )
  }

  const routes: Record<string, Partial<Record<string, Handler>>> = {
    '/api/workspace': {
      GET: async (req, res, _url, store) => sendJson(req, res, 200, await store.readWorkspace()),
      PUT: async (req, res, _url, store) => {
        const body = validate(
          workspacePutSchema,
          await readJson(req, STORE_API_LIMITS.workspaceBytes),
        )
        const { version, ...content } = body
        await sendJson(req, res, 200, written(await store.saveWorkspace(content, version)))
      },
      PATCH: async (req, res, _url, store) => {
        const patch = validate(
          workspacePatchSchema,
          await readJson(req, STORE_API_LIMITS.workspaceBytes),
        )
        const write = await store.updateWorkspace(patch.version, (current): WorkspaceContent => {
          const replacing = new Map(patch.upsert.map((vendor) => [vendor.id, vendor]))
          const dropped = new Set(patch.remove)
          const known = new Set(current.vendors.map((vendor) => vendor.id))
          const vendors = [
            ...current.vendors.map((vendor) => replacing.get(vendor.id) ?? vendor),
            ...patch.upsert.filter((vendor) => !known.has(vendor.id)),
          ].filter((vendor) => !dropped.has(vendor.id))
          const backfill = asBackfillRequests(current.backfill)
          return validate(workspaceContentSchema, { vendors, backfill })
        })
        await sendJson(req, res, 200, written(write))
      },
    },
    '/api/history': {
      GET: async (req, res, url, store) => {
        const query = validate(historyQuerySchema, Object.fromEntries(url.searchParams))
        const history = await store.readHistory({
          vendorId: query.vendor,
          from: query.from,
          to: query.to,
        })
        await sendJson(req, res, 200, history)
      },
      POST: async (req, res, _url, store) => {
        const body = validate(historyPostSchema, await readJson(req, STORE_API_LIMITS.historyBytes))
        await sendJson(req, res, 200, await store.submit(body))
      },
    },
    '/api/sources': {
      GET: async (req, res, _url, store) => {
        const [sources, backfills, archive] = await Promise.all([
          store.pollStatus(),
          store.backfillStatus(),
          store.size(),
        ])
        await sendJson(req, res, 200, {
          sources,
          backfills,
          archive,
          collector: options.collector?.() ?? null,
        })
      },
    },
  }

  /** For a load balancer: no token or app header needed, details only with the token. */
  async function health(req: IncomingMessage, res: ServerResponse) {
    const connection = options.store.state()
    const store = options.store.current()
    let storeOk = false
    let message = connection.message
    if (store) {
      try {
        await store.ping()
        storeOk = true
      } catch (error) {
        message = `The store is unavailable: ${(error as Error).message}`
      }
    }
    const state = storeOk
      ? 'ready'
      : connection.state === 'ready'
        ? 'unavailable'
        : connection.state
    const detailed = hasToken(req, options.authToken)
    const body = {
      status: storeOk ? 'ok' : 'unavailable',
      store: detailed ? { state, kind: store?.db.kind ?? null, message } : { state },
      ...(detailed && { collector: options.collector?.() ?? null }),
    }
    await sendJson(req, res, storeOk ? 200 : 503, body)
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://store.invalid')
    if (!url.pathname.startsWith('/api/')) return false
    const route = routes[url.pathname]
    try {
      if (url.pathname === '/api/health') return await health(req, res).then(() => true)
      checkToken(req, options.authToken)
      if (!route) return false // the proxy's routes, now past the token check
      const method = req.method ?? 'GET'
      const handler = route[method]
      if (!handler) {
        res.setHeader('Allow', Object.keys(route).join(', '))
        throw new StoreApiError('method_not_allowed', `${method} is not supported here.`)
      }
      checkSameOrigin(req, options.publicOrigins)
      const store = options.store.current()
      if (!store) {
        throw new StoreApiError(
          'store_unavailable',
          options.store.state().message ?? 'The store is starting.',
        )
      }
      await handler(req, res, url, store)
    } catch (error) {
      await sendError(req, res, error, options.log)
    }
    return true
  }
}

async function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  error: unknown,
  log: (entry: Record<string, unknown>) => void,
) {
  let apiError: StoreApiError
  if (error instanceof StoreApiError) apiError = error
  else if (isUnavailable(error)) {
    apiError = new StoreApiError(
      'store_unavailable',
      `The store is unavailable: ${(error as Error).message}`,
    )
  } else {
    log({ level: 'error', error: String((error as Error)?.stack ?? error) })
    throw error
  }
  if (apiError.kind === 'unauthorized') res.setHeader('WWW-Authenticate', 'Bearer')
  if (apiError.kind === 'store_unavailable') res.setHeader('Retry-After', '5')
  if (res.headersSent) return void res.destroy()
  // A refused write may not have been read; the connection closes rather than reading it.
  if (WRITES.has(req.method ?? '') && !req.readableEnded) res.setHeader('Connection', 'close')
  await sendJson(req, res, apiError.status, {
    error: { kind: apiError.kind, message: apiError.message, ...apiError.details },
  })
}
